using System.Text.Json;

namespace Clerk.Cli.Tests;

/// <summary>The command-line contract of deadline, limitation, holidays and deadlines: scripts depend on it.</summary>
public class RulesCommandTests
{
    [Fact]
    public void Deadline_json_has_the_due_date_and_the_steps()
    {
        using var clerk = new ClerkProcess();
        // Vector fed-21-days-mail: 21 days end Wednesday 2010-05-12, 3 mail days end Saturday, next court day Monday.
        var run = clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2010-04-21", "--period", "21d", "--service", "mail", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("2010-05-17", root.GetProperty("due").GetString());
        var steps = root.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.Contains(steps, s => s.Contains("Add 3 days", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Skip Saturday 2010-05-15", StringComparison.Ordinal));
    }

    [Fact]
    public void Deadline_before_counts_backward()
    {
        using var clerk = new ClerkProcess();
        // 14 days before Monday 2025-03-03 is Washington's Birthday, Monday 2025-02-17: roll backward to Friday.
        var run = clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2025-03-03", "--period", "14d", "--before", "--json");
        Assert.Equal("2025-02-14", JsonDocument.Parse(run.Out).RootElement.GetProperty("due").GetString());
    }

    [Fact]
    public void Deadline_text_shows_the_due_date_and_the_explanation()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("deadline", "--rules", "us-nm", "--trigger", "2026-11-16", "--period", "10d");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Due 2026-12-02 (Wednesday)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Thanksgiving", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rules", "us-xx", "--rules: unknown value \"us-xx\"; accepted: us-fed, us-fed-nm, us-nm")]
    [InlineData("--trigger", "2023-02-30", "--trigger: \"2023-02-30\" is not a date that exists; expected YYYY-MM-DD")]
    [InlineData("--trigger", "next week", "--trigger: \"next week\" is not a date; expected YYYY-MM-DD")]
    [InlineData("--period", "10x", "--period: \"10x\" is not a period; expected a whole number of at least 1 followed by d, w, m or y")]
    [InlineData("--period", "0d", "--period: \"0d\" is not a period")]
    [InlineData("--service", "pigeon", "--service: unknown service method \"pigeon\"; accepted: none, electronic, mail, left-with-clerk, other-consented")]
    public void A_bad_deadline_argument_exits_2_with_one_line_naming_it(string option, string value, string message)
    {
        using var clerk = new ClerkProcess();
        var args = new Dictionary<string, string> { ["--rules"] = "us-fed", ["--trigger"] = "2025-03-03", ["--period"] = "14d" };
        args[option] = value;
        var run = clerk.Clerk(["deadline", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("clerk: " + message, line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Limitation_json_has_the_last_day_and_with_a_filing_date_the_verdict()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("limitation", "--rules", "us-nm", "--claim", "personal-injury", "--injury", "2021-10-21", "--filed", "2023-02-15", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("2024-10-21", root.GetProperty("last_day").GetString());
        Assert.True(root.GetProperty("timely").GetBoolean());
        // 2023-02-15 to 2024-02-15 is 365 days, to 2024-10-15 another 243, to 2024-10-21 six more.
        Assert.Equal(614, root.GetProperty("margin_days").GetInt32());

        var noFiling = JsonDocument.Parse(clerk.Clerk("limitation", "--rules", "us-nm", "--claim", "wrongful-death", "--injury", "2021-10-21", "--json").Out).RootElement;
        Assert.Equal("2024-10-21", noFiling.GetProperty("last_day").GetString());
    }

    [Fact]
    public void An_unknown_claim_kind_lists_the_accepted_kinds()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("limitation", "--rules", "us-nm", "--claim", "libel-of-a-ghost", "--injury", "2021-10-21");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("clerk: --claim: unknown value \"libel-of-a-ghost\"; accepted: personal-injury, wrongful-death, property-damage", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_json_lists_dates_and_names()
    {
        using var clerk = new ClerkProcess();
        var federal = JsonDocument.Parse(clerk.Clerk("holidays", "--calendar", "us-federal", "--year", "2021", "--json").Out).RootElement;
        var dates = federal.EnumerateArray().Select(h => h.GetProperty("date").GetString()).ToList();
        Assert.Contains("2021-06-18", dates);   // Juneteenth on a Saturday, observed Friday (5 U.S.C. 6103)
        Assert.Contains("2021-12-31", dates);   // New Year's Day 2022 on a Saturday, observed the Friday before
        // The eleven holidays of 2021 (Juneteenth among them) and New Year's Day 2022 observed on 2021-12-31.
        Assert.Equal(12, dates.Count);
        Assert.All(federal.EnumerateArray(), h => Assert.False(string.IsNullOrEmpty(h.GetProperty("name").GetString())));

        var nm = JsonDocument.Parse(clerk.Clerk("holidays", "--calendar", "us-nm-courts", "--year", "2026", "--json").Out).RootElement;
        Assert.Contains(nm.EnumerateArray(), h => h.GetProperty("date").GetString() == "2026-11-27");
    }

    [Theory]
    [InlineData("--calendar", "us-mars", "--calendar: unknown value \"us-mars\"; accepted: us-federal, us-nm-courts")]
    [InlineData("--year", "1850", "--year: 1850 is outside the supported range; accepted: 1990..2100")]
    [InlineData("--year", "20x6", "--year: \"20x6\" is not a year")]
    public void A_bad_holidays_argument_exits_2_naming_it(string option, string value, string message)
    {
        using var clerk = new ClerkProcess();
        var args = new Dictionary<string, string> { ["--calendar"] = "us-federal", ["--year"] = "2024" };
        args[option] = value;
        var run = clerk.Clerk(["holidays", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("clerk: " + message, run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_shows_the_limitation_check_beside_the_untimely_statement()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("demo");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        var check = Array.FindIndex(lines, l => l.StartsWith("Limitation check: personal-injury, 3 years (NMSA 1978 § 37-1-8): accrued 2021-10-21, last day 2024-10-21", StringComparison.Ordinal));
        Assert.True(check >= 0, run.Out);
        Assert.StartsWith("  Timely: filed about 2023-02 — 601 to 628 days (about 20 months) before the last day, whichever day it was.", lines[check + 1], StringComparison.Ordinal);
        Assert.Contains("The suit is untimely", lines[check + 2], StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_of_the_demo_case_list_the_limitation_check_and_the_answer_after_the_denied_motion()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("deadlines", "rust-civil", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("us-nm", root.GetProperty("rules").GetString());
        var limitation = Assert.Single(root.GetProperty("limitations").EnumerateArray());
        Assert.Equal("2024-10-21", limitation.GetProperty("last_day").GetString());
        Assert.True(limitation.GetProperty("timely").GetBoolean());
        Assert.Equal(601, limitation.GetProperty("margin_days_min").GetInt32());
        Assert.Equal(628, limitation.GetProperty("margin_days_max").GetInt32());
        var deadline = Assert.Single(root.GetProperty("deadlines").EnumerateArray());
        Assert.Equal("answer-after-motion-denied", deadline.GetProperty("rule").GetString());
        Assert.Equal("2023-09-07", deadline.GetProperty("due").GetString());
        Assert.Equal("unknown", deadline.GetProperty("status").GetString());

        var text = clerk.WithDb("deadlines", "rust-civil");
        Assert.Contains("Skip Monday 2023-09-04: Labor Day", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_each_catalogue_rule_with_its_citation_period_trigger_and_dates()
    {
        using var clerk = new ClerkProcess();
        var rows = Succeeded(clerk.Clerk("rules", "--rules", "us-fed", "--json")).EnumerateArray().ToList();
        var jury = Assert.Single(rows, r => r.GetProperty("id").GetString() == "jury-demand");
        Assert.Equal(("14d", "last-pleading-served", "2009-12-01"), (jury.GetProperty("period").GetString(), jury.GetProperty("trigger").GetString(), jury.GetProperty("in_force_from").GetString()));
        Assert.StartsWith("Fed. R. Civ. P. 38(b)", jury.GetProperty("citation").GetString(), StringComparison.Ordinal);
        var old = Assert.Single(rows, r => r.GetProperty("id").GetString() == "jury-demand-1990");
        Assert.Equal("jury-demand", old.GetProperty("name").GetString());

        Assert.Equal(2, clerk.Clerk("rules", "--rules", "us-xx").ExitCode);
    }

    [Fact]
    public void Deadline_by_rule_name_uses_the_rule_s_period_and_citation()
    {
        using var clerk = new ClerkProcess();
        // Fed. R. Civ. P. 38(b)(1): 14 days after Monday 2025-01-06 is Martin Luther King Day, Monday 2025-01-20.
        var root = Succeeded(clerk.Clerk("deadline", "--rules", "us-fed", "--rule", "jury-demand", "--trigger", "2025-01-06", "--json"));
        Assert.Equal(("2025-01-21", "jury-demand", "14d"), (root.GetProperty("due").GetString(), root.GetProperty("catalogue_rule").GetString(), root.GetProperty("period").GetString()));
        var first = root.GetProperty("steps")[0];
        Assert.Equal("catalogue", first.GetProperty("kind").GetString());

        Refused(clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2025-01-06"), "clerk: --period: required unless --rule");
        Refused(clerk.Clerk("deadline", "--rules", "us-fed", "--rule", "answer-to-everything", "--trigger", "2025-01-06"), "clerk: --rule: unknown value \"answer-to-everything\"");
    }

    [Fact]
    public void A_date_a_closure_moved_says_possible_date_verify_on_its_first_line()
    {
        using var clerk = new ClerkProcess();
        // Executive Order 13900 closed the executive departments on Tuesday 2019-12-24; Christmas follows.
        var run = clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2019-12-20", "--period", "4d");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Due 2019-12-26 (Thursday) — possible date: verify", run.Out, StringComparison.Ordinal);

        var json = JsonDocument.Parse(clerk.Clerk("deadline", "--rules", "us-nm", "--trigger", "2025-06-05", "--period", "14d", "--json").Out).RootElement;
        Assert.Equal(["nmra-1-006-2024", "juneteenth"], json.GetProperty("unconfirmed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Limitation_with_a_date_of_birth_applies_tolling_for_minors()
    {
        using var clerk = new ClerkProcess();
        // NMSA 1978 § 37-1-10: born 2010-05-04, of age on 2028-05-04, one year more to Friday 2029-05-04.
        Assert.Equal("2029-05-04", Succeeded(clerk.Clerk("limitation", "--rules", "us-nm", "--claim", "personal-injury", "--injury", "2021-10-21", "--born", "2010-05-04", "--json")).GetProperty("last_day").GetString());

        Refused(clerk.Clerk("limitation", "--rules", "us-nm", "--claim", "personal-injury", "--injury", "2021-10-21", "--born", "2022-01-01"), "clerk: --born:");
    }

    [Fact]
    public void Deadline_in_hours_takes_a_day_and_time_and_gives_one()
    {
        using var clerk = new ClerkProcess();
        // Fed. R. Civ. P. 6(a)(2): 48 hours from Friday 2025-03-07 09:30 end Sunday; same time Monday.
        var root = Succeeded(clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2025-03-07T09:30", "--period", "48h", "--json"));
        Assert.Equal(("2025-03-10T09:30", "48h"), (root.GetProperty("due").GetString(), root.GetProperty("period").GetString()));

        Refused(clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2025-03-07", "--period", "48h"), "clerk: --trigger: \"2025-03-07\" is not a day and time");
        Refused(clerk.Clerk("deadline", "--rules", "us-fed", "--trigger", "2025-03-07T09:30", "--period", "48h", "--before"), "clerk: --period: a period in hours takes no --before");
    }

    /// <summary>A run that succeeded, its standard output parsed as JSON.</summary>
    private static JsonElement Succeeded(Run run)
    {
        Assert.True(run.ExitCode == 0, run.Err);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    /// <summary>Bad input: exit 2 and a message on standard error that starts as given.</summary>
    private static void Refused(Run run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Err, StringComparison.Ordinal);
    }
}
