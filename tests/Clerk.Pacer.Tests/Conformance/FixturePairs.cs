using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Conformance;

/// <summary>The report/expected-parse pairs of a fixture folder, and the check that a parse matches.</summary>
public static class FixturePairs
{
    /// <summary>The report file names (".html") in <c>pacer-dockets/<paramref name="folder"/></c>, sorted.</summary>
    public static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Fixtures.Path("pacer-dockets", folder), "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>Fails with the file name and the first differing paths unless the parse equals the expected JSON.</summary>
    public static void AssertMatches(string folder, string fileName, Func<byte[], string, PacerParseResult>? parse = null)
    {
        var path = Fixtures.Path("pacer-dockets", folder, fileName);
        var expectedPath = Path.ChangeExtension(path, ".json");
        var court = PacerDocketParser.CourtIdFromFileName(path);
        var content = File.ReadAllBytes(path);
        var result = (parse ?? ((bytes, c) => PacerDocketParser.Parse(bytes, c)))(content, court);
        var actual = JsonNode.Parse(Serialize(result));
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
        var differences = JsonDiff.Differences(expected, actual);
        if (differences.Count > 0)
        {
            Assert.Fail($"{folder}/{fileName} (court {court}) differs from {Path.GetFileName(expectedPath)}:\n  " + string.Join("\n  ", differences)
                + (result.NotDocketReason is { } reason ? $"\n  (parser said: not a docket, {reason})" : ""));
        }
    }

    public static string Serialize(PacerParseResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            result.WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
