using System.Text;
using Clerk.Store.MatterFiles;

namespace Clerk.Store.Tests;

/// <summary>Matter files that crashed the reader, blew up in size, or slipped through: each is refused with its line.</summary>
public class HostileMatterFileTests
{
    private const string Valid = MatterFileErrorTests.Valid;

    [Theory]
    [InlineData("clerk: matter/1\nsources: [a\n\n")]
    [InlineData("sources: [a\n\n")]
    [InlineData("sources: [a\n\n\n- x")]
    public void A_yaml_scanner_failure_is_an_error_with_a_line_not_a_crash(string text)
    {
        var error = Assert.Single(Errors(text));
        Assert.True(error.Line >= 1, error.ToString());
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Forty_thousand_nested_lists_are_refused_without_overflowing_the_stack(string open, string close)
    {
        var text = "clerk: matter/1\nsources: " + string.Concat(Enumerable.Repeat(open, 40_000)) + string.Concat(Enumerable.Repeat(close, 40_000)) + "\n";
        var error = Assert.Single(Errors(text));
        Assert.Equal(2, error.Line);
        Assert.Contains("nested more than 64 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_nested_deeper_than_the_limit_is_refused_too()
    {
        var text = new StringBuilder("clerk: matter/1\nsources:\n");
        for (var i = 0; i < 100; i++)
        {
            text.Append(' ', 2 * i).Append("- \n");
        }

        Assert.Contains("nested more than", Assert.Single(Errors(text.ToString())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_is_refused_at_its_line_so_a_small_file_cannot_expand()
    {
        var text = Valid.Replace("    publisher: Paper", "    publisher: &big Paper", StringComparison.Ordinal)
            .Replace("    name: P\n", "    name: *big\n", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(5, error.Line);
        Assert.Contains("anchor (&big) is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_without_its_anchor_is_refused_at_its_line()
    {
        var text = "clerk: matter/1\nsources:\n  - *nowhere\n";
        var error = Assert.Single(Errors(text));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Five_hundred_aliases_of_a_large_string_are_refused_quickly()
    {
        var big = new string('x', 1_000_000);
        var text = new StringBuilder($"clerk: matter/1\nsources:\n  - id: s1\n    kind: other\n    publisher: P\n    text: &t {big}\n");
        for (var i = 0; i < 500; i++)
        {
            text.Append($"  - {{id: s{i + 2}, kind: other, publisher: P, text: *t}}\n");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Contains("is not allowed in a matter file", Assert.Single(Errors(text.ToString())).Message, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), started.Elapsed.ToString());
    }

    [Theory]
    [InlineData("  - id: p1", "  - id: \"\"", 14, "a party")]
    [InlineData("  - id: k1", "  - id: '  '", 19, "a case")]
    public void An_empty_id_is_refused_at_its_line(string from, string to, int line, string what)
    {
        var errors = Errors(Valid.Replace(from, to, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == line && e.Message.StartsWith($"\"id\" of {what} is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complex_key_is_refused_instead_of_ignored()
    {
        var text = Valid.Replace("    caption: P v. Q", "    caption: P v. Q\n    ? [a, b]\n    : c", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(22, error.Line);
        Assert.StartsWith("expected a key in a case to be a plain name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    kind: civil", "    kind: Civil", 22, "write \"civil\"")]
    [InlineData("    kind: civil", "    kind: civil\n    status: Dismissed", 23, "write \"dismissed\"")]
    [InlineData("    role: plaintiff", "    role: PLAINTIFF", 27, "values are lower case")]
    public void An_enumeration_not_in_lower_case_is_refused(string from, string to, int line, string hint)
    {
        var error = Assert.Single(Errors(Valid.Replace(from, to, StringComparison.Ordinal)));
        Assert.Equal(line, error.Line);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clerk_key_must_come_first()
    {
        var text = Valid.Replace("clerk: matter/1\n", "", StringComparison.Ordinal) + "\nclerk: matter/1\n";
        var error = Assert.Single(Errors(text));
        Assert.Equal(1, error.Line);
        Assert.StartsWith("expected the first key to be \"clerk: matter/1\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_1_bytes_are_refused_with_their_line_instead_of_stored_as_replacement_characters()
    {
        using var dir = new TempDatabase();
        var file = Path.Combine(dir.Dir, "latin1.yaml");
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("name: P\n", "name: Jos?\n", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xE9;
        File.WriteAllBytes(file, bytes);
        var e = Assert.Throws<MatterFileException>(() => MatterReader.Read(file));
        var error = Assert.Single(e.Errors);
        Assert.Equal(15, error.Line);
        Assert.StartsWith("0xE9 is not UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_still_read()
    {
        using var dir = new TempDatabase();
        var file = Path.Combine(dir.Dir, "bom.yaml");
        File.WriteAllText(file, Valid, new UTF8Encoding(true));
        Assert.Single(MatterReader.Read(file).Cases);
    }

    [Fact]
    public void A_folder_is_refused_as_not_a_file()
    {
        using var dir = new TempDatabase();
        var error = Assert.Single(Assert.Throws<MatterFileException>(() => MatterReader.Read(dir.Dir)).Errors);
        Assert.Equal("is a folder; expected a file", error.Message);
    }

    private static IReadOnlyList<MatterFileError> Errors(string text)
    {
        var e = Assert.Throws<MatterFileException>(() => MatterReader.Parse(text, "bad.yaml"));
        return e.Errors;
    }
}
