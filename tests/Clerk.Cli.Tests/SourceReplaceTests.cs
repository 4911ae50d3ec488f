using System.Text.Json;

namespace Clerk.Cli.Tests;

/// <summary><c>clerk source add --id EXISTING</c> does not silently replace a source that facts cite.</summary>
public class SourceReplaceTests
{
    [Fact]
    public void Adding_under_the_id_of_a_cited_source_is_refused_without_replace()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", LoadCommandTests.DemoFile).ExitCode);
        var before = clerk.WithDb("export", "rust-civil").Out;
        var report = clerk.WriteFile("report.txt", "date 2024-01-01 Another report entirely.\n");

        var run = clerk.WithDb("source", "add", report, "--publisher", "Paper", "--id", "seed-report");
        Assert.Equal(2, run.ExitCode);
        Assert.Matches("^clerk: --id: another source \"seed-report\" \\(.+\\) is stored and [1-9][0-9]* fact\\(s\\) cite it; nothing was written. Add --replace", run.Err);
        Assert.Equal(before, clerk.WithDb("export", "rust-civil").Out);
    }

    [Fact]
    public void With_replace_it_is_replaced_and_says_how_many_facts_cite_it()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", LoadCommandTests.DemoFile).ExitCode);
        var report = clerk.WriteFile("report.txt", "date 2024-01-01 Another report entirely.\n");
        var refused = clerk.WithDb("source", "add", report, "--publisher", "Paper", "--id", "seed-report");
        var cited = System.Text.RegularExpressions.Regex.Match(refused.Err, "and ([0-9]+) fact").Groups[1].Value;

        var run = clerk.WithDb("source", "add", report, "--publisher", "Paper", "--id", "seed-report", "--replace", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("updated", root.GetProperty("state").GetString());
        Assert.Equal(int.Parse(cited, System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("cited_by").GetInt32());
        var text = clerk.WithDb("source", "add", clerk.WriteFile("r2.txt", "date 2024-01-02 A third.\n"), "--publisher", "Paper", "--id", "seed-report", "--replace");
        Assert.Contains($"updated; {cited} fact(s) cite it.", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_report_from_another_path_is_not_another_source()
    {
        using var clerk = new ClerkProcess();
        var text = "date 2024-01-01 A report.\n";
        Assert.Equal(0, clerk.WithDb("source", "add", clerk.WriteFile("a.txt", text), "--publisher", "Paper", "--id", "r").ExitCode);
        var moved = clerk.WithDb("source", "add", clerk.WriteFile("b.txt", text), "--publisher", "Paper", "--id", "r");
        Assert.True(moved.ExitCode == 0, moved.Err);
        Assert.Equal(2, clerk.WithDb("source", "add", clerk.WriteFile("c.txt", "date 2024-01-01 Another.\n"), "--publisher", "Paper", "--id", "r").ExitCode);
    }

    [Fact]
    public void An_empty_id_is_refused()
    {
        using var clerk = new ClerkProcess();
        var report = clerk.WriteFile("report.txt", "date 2024-01-01 A report.\n");
        var run = clerk.WithDb("source", "add", report, "--publisher", "Paper", "--id", "");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the id is empty", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(clerk.Db));
    }

    [Fact]
    public void A_report_in_latin_1_is_refused_with_its_line()
    {
        using var clerk = new ClerkProcess();
        var report = Path.Combine(clerk.Home, "latin1.txt");
        File.WriteAllBytes(report, [.. "date 2024-01-01 A report\nby Jos"u8, 0xE9, .. "\n"u8]);
        var run = clerk.WithDb("source", "add", report, "--publisher", "Paper");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{report}:2: 0xE9 is not UTF-8 text", run.Err, StringComparison.Ordinal);
    }
}
