namespace Clerk.Cli.Tests;

/// <summary>What a newcomer met: each refused argument is one line that names the option, says what is accepted, and points to the command's help.</summary>
public class CommandLineMessageTests
{
    [Theory]
    [InlineData("--trigger", "0000-01-01", "--trigger: \"0000-01-01\" is outside the years Clerk computes; expected a date from 1990-01-01 to 2100-12-31")]
    [InlineData("--period", "999999999d", "--period: longer than the rules compute in that unit; accepted: 1..3650")]
    [InlineData("--period", "99999999999999999999d", "--period: longer than the rules compute in that unit; accepted: 1..3650")]
    [InlineData("--period", "3000y", "--period: longer than the rules compute in that unit; accepted: 1..20")]
    public void A_deadline_argument_out_of_range_says_the_range(string option, string value, string message)
    {
        using var clerk = new ClerkProcess();
        var args = new Dictionary<string, string> { ["--rules"] = "us-fed", ["--trigger"] = "2025-03-03", ["--period"] = "14d" };
        args[option] = value;
        var run = clerk.Clerk(["deadline", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("clerk: " + message, Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_rule_set_without_limitation_periods_names_those_with_them()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("limitation", "--rules", "us-fed", "--claim", "personal-injury", "--injury", "2021-10-21");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("clerk: --rules: rule set \"us-fed\" has no limitation periods; accepted: us-fed-nm, us-nm", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2021-09")]
    public void A_filing_before_the_injury_is_refused_not_called_timely(string filed)
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("limitation", "--rules", "us-nm", "--claim", "personal-injury", "--injury", "2021-10-21", "--filed", filed);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"clerk: --filed: {filed} is before the injury (2021-10-21)", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Timely", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_stops_at_2100_like_the_other_dates()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("deadlines", "rust-civil", "--as-of", "9999-12-31");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("clerk: --as-of: \"9999-12-31\" is outside the years Clerk computes", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_filter_value_is_one_line_naming_the_option_and_the_subcommand_help()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("cases", "--kind", "foo");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["clerk: --kind: unknown value \"foo\"; accepted: civil, criminal, appeal, bankruptcy", "Run 'clerk cases --help' for usage."],
            run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_error_in_a_nested_command_points_to_its_own_help()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("source", "add", "x.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("Run 'clerk source add --help' for usage.\n", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_one_error_listing_the_commands()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["clerk: unknown command \"frobnicate\"; commands: demo, load, export, source, cases, case, deadline, limitation, holidays, rules, deadlines, pacer, import, generate, serve, search, check, user, token, access", "Run 'clerk --help' for usage."],
            run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("deadline", false)]
    [InlineData("limitation", false)]
    [InlineData("holidays", false)]
    [InlineData("cases", true)]
    [InlineData("deadlines", true)]
    [InlineData("demo", true)]
    public void Only_commands_that_open_a_database_offer_db(string command, bool offered)
    {
        using var clerk = new ClerkProcess();
        var help = clerk.Clerk(command, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Equal(offered, help.Out.Contains("--db", StringComparison.Ordinal));
    }

    [Fact]
    public void Db_may_still_come_before_the_command()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.Clerk("--db", clerk.Db, "demo").ExitCode);
        Assert.Contains("2 case(s)", clerk.Clerk("--db", clerk.Db, "cases").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_to_a_folder_says_it_is_a_folder()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("export", "rust-civil", "--out", clerk.Home);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"clerk: --out: {clerk.Home} is a folder; expected the path of a file to write", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_into_a_missing_folder_names_the_option_and_the_folder()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var target = Path.Combine(clerk.Home, "no", "such", "x.yaml");
        var run = clerk.WithDb("export", "rust-civil", "--out", target);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"clerk: --out: cannot write {target}: the folder {Path.GetDirectoryName(target)} does not exist", run.Err, StringComparison.Ordinal);
    }
}
