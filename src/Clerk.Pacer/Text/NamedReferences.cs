using System.Globalization;
using System.Text;

namespace Clerk.Pacer.Text;

/// <summary>
/// The HTML standard's named character references (<c>&amp;copy;</c>, <c>&amp;nbsp;</c>, …): 2,125
/// names with their semicolon and the 106 old ones also read without it. The table
/// (<c>NamedReferences.tsv</c>: name, then the code points in hex) is the standard's list; a test
/// holds it to AngleSharp's.
/// </summary>
internal static class NamedReferences
{
    /// <summary>The longest name read without a semicolon (<c>frac12</c>, <c>middot</c>).</summary>
    public const int LongestLegacyName = 6;

    private static readonly Dictionary<string, string> Table = Load();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByName = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every name in the table (with its semicolon where it needs one) and the text it stands for.</summary>
    public static IReadOnlyDictionary<string, string> All => Table;

    /// <summary>
    /// The text <paramref name="name"/> stands for, or null. A name that needs its semicolon is
    /// looked up with it (<c>notin;</c>); an old name read without one, without (<c>copy</c>).
    /// </summary>
    public static string? Resolve(ReadOnlySpan<char> name) => ByName.TryGetValue(name, out var text) ? text : null;

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(NamedReferences).Assembly.GetManifestResourceStream("Clerk.Pacer.Text.NamedReferences.tsv")
            ?? throw new InvalidOperationException("the table of named character references is missing from Clerk.Pacer");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string>(2300, StringComparer.Ordinal);
        var text = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            text.Clear();
            foreach (var codePoint in line.AsSpan(tab + 1).Split(' '))
            {
                text.Append(char.ConvertFromUtf32(int.Parse(line.AsSpan(tab + 1)[codePoint], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[line[..tab]] = text.ToString();
        }

        return table;
    }
}
