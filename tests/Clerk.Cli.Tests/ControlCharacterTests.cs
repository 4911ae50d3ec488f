using System.Text.Json;

namespace Clerk.Cli.Tests;

/// <summary>Names holding terminal escape sequences are shown visibly on a terminal, kept as given in storage and JSON.</summary>
public class ControlCharacterTests
{
    // An OSC that retitles the window, a CSI that turns the text red, a BEL, and a C1 CSI.
    private const string Hostile = "Evil\u001b]0;pwned\u0007 \u001b[31mCorp\u009b2J";

    private static string Matter => $$"""
        clerk: matter/1
        sources:
          - {id: s1, kind: other, publisher: Notes}
        courts:
          - {id: c1, name: Court, jurisdiction: NM, time_zone: America/Denver, sources: [s1]}
        parties:
          - {id: p1, name: {{JsonSerializer.Serialize(Hostile)}}, kind: organization, sources: [s1]}
        cases:
          - id: k1
            court: c1
            caption: {{JsonSerializer.Serialize(Hostile + " v. State")}}
            kind: civil
            sources: [s1]
            parties:
              - {party: p1, role: plaintiff, sources: [s1]}
        """;

    [Fact]
    public void Cases_and_case_show_control_characters_as_visible_symbols()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("evil.yaml", Matter)).ExitCode);
        foreach (var run in new[] { clerk.WithDb("cases"), clerk.WithDb("case", "k1") })
        {
            Assert.True(run.ExitCode == 0, run.Err);
            Assert.DoesNotContain('\u001b', run.Out);
            Assert.DoesNotContain('\u0007', run.Out);
            Assert.DoesNotContain('\u009b', run.Out);
            Assert.Contains("Evil␛]0;pwned␇ ␛[31mCorp\\u009b2J", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_and_export_keep_the_text_exactly_as_the_source_had_it()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("evil.yaml", Matter)).ExitCode);
        var json = clerk.WithDb("case", "k1", "--json");
        Assert.DoesNotContain('\u001b', json.Out);
        var party = JsonDocument.Parse(json.Out).RootElement.GetProperty("parties")[0];
        Assert.Equal(Hostile, party.GetProperty("name").GetString());

        var cases = JsonDocument.Parse(clerk.WithDb("cases", "--json").Out).RootElement;
        Assert.Equal(Hostile + " v. State", cases[0].GetProperty("caption").GetString());

        var export = Path.Combine(clerk.Home, "export.yaml");
        Assert.Equal(0, clerk.WithDb("export", "k1", "--out", export).ExitCode);
        Assert.Equal(0, clerk.Clerk("load", export, "--db", Path.Combine(clerk.Home, "again.db")).ExitCode);
        var again = JsonDocument.Parse(clerk.Clerk("case", "k1", "--json", "--db", Path.Combine(clerk.Home, "again.db")).Out).RootElement;
        Assert.Equal(Hostile, again.GetProperty("parties")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void An_error_quoting_a_hostile_id_shows_its_control_characters()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("case", "x\u001b]0;pwned\u0007");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Err);
        Assert.Contains("x␛]0;pwned␇", run.Err, StringComparison.Ordinal);
    }
}
