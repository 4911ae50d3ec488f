namespace Clerk.Rules.Tests.Data;

/// <summary>The text of the rule data files embedded in Clerk.Rules, for tests that load an edited copy.</summary>
internal static class EmbeddedData
{
    public static string Text(string file)
    {
        using var stream = typeof(RuleBook).Assembly.GetManifestResourceStream($"Clerk.Rules.Data.{file}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A rule book from the embedded data with <paramref name="edit"/> applied to <paramref name="file"/>.</summary>
    public static RuleBook Load(string file, Func<string, string> edit) =>
        RuleBook.Load(name => new StringReader(name == file ? edit(Text(name)) : Text(name)));
}
