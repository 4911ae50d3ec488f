using System.Text.Json;

namespace Clerk.Cli.Tests;

/// <summary>Broken and hostile matter files through the real command: exit 2 with FILE:LINE, never a crash, nothing written.</summary>
public class HostileInputTests
{
    private const string WithClaim = """
        clerk: matter/1
        sources:
          - {id: s1, kind: other, publisher: Notes}
        courts:
          - {id: c1, name: Court, jurisdiction: NM, time_zone: America/Denver, rules: us-nm, sources: [s1]}
        parties:
          - {id: p1, name: P, kind: person, sources: [s1]}
          - {id: d1, name: D, kind: person, sources: [s1]}
        cases:
          - id: k1
            court: c1
            caption: P v. D
            kind: civil
            filed: 2023-02-15
            sources: [s1]
            parties:
              - {party: p1, role: plaintiff, sources: [s1]}
              - {party: d1, role: defendant, sources: [s1]}
            claims:
              - {id: cl1, cause: Negligence, limitation: personal-injury, accrued: 2021-10-21, claimants: [p1], against: [d1], sources: [s1]}
        """;

    [Theory]
    [InlineData("sources: [a\n\n", "not valid YAML")]
    [InlineData("clerk: matter/1\nsources: [a\n\n\n- x", "not valid YAML")]
    public void A_yaml_scanner_failure_exits_2_with_the_file_and_line(string text, string message)
    {
        using var clerk = new ClerkProcess();
        var file = clerk.WriteFile("broken.yaml", text);
        var run = clerk.WithDb("load", file);
        Assert.True(run.ExitCode == 2, run.Err);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:[0-9]+: {message}", run.Err);
        Assert.DoesNotContain("Unhandled", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_thousand_nested_lists_exit_2_instead_of_overflowing_the_stack()
    {
        using var clerk = new ClerkProcess();
        var file = clerk.WriteFile("deep.yaml", "clerk: matter/1\nsources: " + new string('[', 40_000) + "\n");
        var run = clerk.WithDb("load", file);
        Assert.True(run.ExitCode == 2, run.Err);
        Assert.StartsWith($"{file}:2: lists and mappings nested more than 64 deep", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_are_refused_with_their_line()
    {
        using var clerk = new ClerkProcess();
        var file = clerk.WriteFile("alias.yaml", WithClaim.Replace("publisher: Notes}", "publisher: &p Notes}", StringComparison.Ordinal));
        var run = clerk.WithDb("load", file);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{file}:3: an anchor (&p) is not allowed in a matter file", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules: us-nm", "rules: us-xx", 5, "\"rules\": unknown rule set \"us-xx\"; expected one of: us-fed, us-fed-nm, us-nm")]
    [InlineData("accrued: 2021-10-21", "accrued: 1850-10-21", 20, "\"accrued\": 1850-10-21 is outside the years Clerk computes limitations for; expected 1990 to 2100")]
    [InlineData("limitation: personal-injury", "limitation: libel", 20, "\"limitation\": unknown limitation kind \"libel\" for the court's rule set us-nm; expected one of: personal-injury")]
    public void What_the_rules_cannot_compute_with_is_refused_at_load(string from, string to, int line, string message)
    {
        using var clerk = new ClerkProcess();
        var file = clerk.WriteFile("rules.yaml", WithClaim.Replace(from, to, StringComparison.Ordinal));
        var run = clerk.WithDb("load", file);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{file}:{line}: {message}", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_with_a_claim_loads_and_its_deadlines_compute()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("ok.yaml", WithClaim)).ExitCode);
        var run = clerk.WithDb("deadlines", "k1", "--as-of", "2024-01-01", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal("2024-10-21", JsonDocument.Parse(run.Out).RootElement.GetProperty("limitations")[0].GetProperty("last_day").GetString());
    }

    [Fact]
    public void A_limitation_kind_is_checked_against_a_court_already_stored()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("ok.yaml", WithClaim)).ExitCode);
        var second = WithClaim[..WithClaim.IndexOf("cases:", StringComparison.Ordinal)]
            .Replace("courts:\n  - {id: c1, name: Court, jurisdiction: NM, time_zone: America/Denver, rules: us-nm, sources: [s1]}\n", "", StringComparison.Ordinal)
            + WithClaim[WithClaim.IndexOf("cases:", StringComparison.Ordinal)..].Replace("limitation: personal-injury", "limitation: libel", StringComparison.Ordinal);
        var file = clerk.WriteFile("second.yaml", second);
        var run = clerk.WithDb("load", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown limitation kind \"libel\" for the court's rule set us-nm", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_error_from_stored_facts_is_one_line_with_exit_2_not_a_crash()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("ok.yaml", WithClaim)).ExitCode);
        // A database written before load checked rule sets may name one the rules do not know.
        Assert.Equal(1, ClerkProcess.Sql(clerk.Db, "UPDATE Courts SET RuleSet = 'us-xx'"));

        var run = clerk.WithDb("deadlines", "k1");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("clerk: the rules cannot compute this: Unknown rule set 'us-xx'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_1_bytes_are_refused_with_their_line()
    {
        using var clerk = new ClerkProcess();
        var file = Path.Combine(clerk.Home, "latin1.yaml");
        var bytes = System.Text.Encoding.UTF8.GetBytes(WithClaim.Replace("name: D,", "name: Jos?,", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xE9;
        File.WriteAllBytes(file, bytes);
        var run = clerk.WithDb("load", file);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{file}:8: 0xE9 is not UTF-8 text", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_folder_says_it_is_a_folder()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("load", clerk.Home);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{clerk.Home}:0: is a folder; expected a file", run.Err, StringComparison.Ordinal);
    }
}
