using System.Text.Json;

namespace Clerk.Cli.Tests;

public class ReadCommandTests
{
    [Fact]
    public void Cases_lists_with_filters_as_text_and_json()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var text = clerk.WithDb("cases");
        Assert.Contains("rust-civil", text.Out, StringComparison.Ordinal);
        Assert.Contains("2 case(s)", text.Out, StringComparison.Ordinal);

        var criminal = JsonDocument.Parse(clerk.WithDb("cases", "--kind", "criminal", "--json").Out).RootElement;
        Assert.Equal("rust-criminal", Assert.Single(criminal.EnumerateArray()).GetProperty("id").GetString());
        var byParty = JsonDocument.Parse(clerk.WithDb("cases", "--search", "el dorado", "--json").Out).RootElement;
        Assert.Equal("rust-civil", Assert.Single(byParty.EnumerateArray()).GetProperty("id").GetString());
        var civil = byParty[0];
        Assert.Equal("about 2023-02", civil.GetProperty("filed").GetString());
        Assert.Equal("biedscheid", civil.GetProperty("judge").GetString());
    }

    [Fact]
    public void Case_shows_one_case_as_text_and_json()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var text = clerk.WithDb("case", "rust-criminal");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("State of New Mexico v. Alec Baldwin", text.Out, StringComparison.Ordinal);
        Assert.Contains("Kari Morrissey", text.Out, StringComparison.Ordinal);

        var json = JsonDocument.Parse(clerk.WithDb("case", "rust-civil", "--json").Out).RootElement;
        var civil = json.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "rust-civil");
        Assert.Equal("biedscheid", civil.GetProperty("judge").GetString());
        Assert.True(json.GetProperty("chronology").GetArrayLength() > 0);
    }

    [Fact]
    public void An_unknown_case_fails_with_exit_code_1()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("case", "nope");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no case with id \"nope\"", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases")]
    [InlineData("case", "rust-civil")]
    [InlineData("deadlines", "rust-civil")]
    [InlineData("export", "rust-civil")]
    public void A_read_of_a_missing_database_names_it_and_creates_nothing(params string[] command)
    {
        using var clerk = new ClerkProcess();
        var db = Path.Combine(clerk.Home, "typo", "clerk.db");
        var run = clerk.Clerk([.. command, "--db", db]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(db + ": no such database", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(db)));
    }

    [Fact]
    public void A_bad_filter_value_is_bad_input_naming_the_accepted_values()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("cases", "--kind", "felony");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("felony", run.Err, StringComparison.Ordinal);
        Assert.Contains("criminal", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("demo", "--help")]
    [InlineData("load", "--help")]
    [InlineData("export", "--help")]
    [InlineData("source", "add", "--help")]
    [InlineData("cases", "--help")]
    [InlineData("case", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_bad_input()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(2, clerk.Clerk("frobnicate").ExitCode);
    }
}
