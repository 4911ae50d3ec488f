using Clerk.Testing;

namespace Clerk.Pacer.Tests.Appellate;

/// <summary>Lists the input files of a fixture folder and runs one pair.</summary>
internal static class AppellateFixtureCase
{
    public static TheoryData<string> Inputs(string folder, string extension)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Fixtures.Path("pacer-dockets", folder), "*" + extension).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>The court id is the file name up to its first "_" or ".".</summary>
    public static string CourtIdOf(string fileName)
    {
        var end = fileName.IndexOfAny(['_', '.']);
        return end < 0 ? fileName : fileName[..end];
    }

    public static void Check(string folder, string fileName, Func<string, string, ParsedDocket?> parse)
    {
        var input = File.ReadAllText(Fixtures.Path("pacer-dockets", folder, fileName));
        var expectedPath = Fixtures.Path("pacer-dockets", folder, Path.ChangeExtension(fileName, ".json"));
        var actual = AppellateJsonDiff.Serialize(parse(input, CourtIdOf(fileName)));
        var differences = AppellateJsonDiff.Differences(File.ReadAllText(expectedPath), actual);
        Assert.True(differences.Count == 0, $"{folder}/{fileName} differs from its expected parse:\n  " + string.Join("\n  ", differences));
    }
}
