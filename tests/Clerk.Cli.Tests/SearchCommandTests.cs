using System.Text.Json;

namespace Clerk.Cli.Tests;

/// <summary><c>clerk search</c> on the demo: hits as text and JSON, filters, refused queries, visible control characters.</summary>
public class SearchCommandTests
{
    [Fact]
    public void A_phrase_from_the_defence_finds_the_civil_case_as_json_and_text()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("search", "\"suit is untimely\"", "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt64());
        Assert.False(root.GetProperty("total_is_lower_bound").GetBoolean());
        Assert.Equal("rank", root.GetProperty("order").GetString());
        var hit = Assert.Single(root.GetProperty("hits").EnumerateArray());
        Assert.Equal("rust-civil", hit.GetProperty("case").GetString());
        Assert.Equal("statement", hit.GetProperty("kind").GetString());
        Assert.Contains("suit is untimely", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var text = clerk.WithDb("search", "\"suit is untimely\"");
        Assert.Contains("rust-civil", text.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 1 hit(s)", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_filter_and_page_the_hits()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var all = JsonDocument.Parse(clerk.WithDb("search", "baldwin", "--json").Out).RootElement;
        var criminal = JsonDocument.Parse(clerk.WithDb("search", "baldwin", "--kind", "criminal", "--json").Out).RootElement;
        Assert.True(criminal.GetProperty("total").GetInt64() < all.GetProperty("total").GetInt64());
        Assert.All(criminal.GetProperty("hits").EnumerateArray(), h => Assert.Equal("rust-criminal", h.GetProperty("case").GetString()));

        var first = JsonDocument.Parse(clerk.WithDb("search", "baldwin", "--limit", "2", "--json").Out).RootElement;
        Assert.Equal(2, first.GetProperty("hits").GetArrayLength());
        var second = JsonDocument.Parse(clerk.WithDb("search", "baldwin", "--limit", "2", "--after", first.GetProperty("next").GetString()!, "--json").Out).RootElement;
        var expected = all.GetProperty("hits").EnumerateArray().Skip(2).Take(2).Select(h => (h.GetProperty("case").GetString(), h.GetProperty("fact").GetString()));
        Assert.Equal(expected, second.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("case").GetString(), h.GetProperty("fact").GetString())));
    }

    [Theory]
    [InlineData("\"", "never closed")]
    [InlineData("NEAR(", "never closed")]
    [InlineData("')--", "no '('")]
    [InlineData("baldwin court:a court:b", "given twice")]
    public void A_query_that_cannot_be_read_exits_2_with_one_line(string query, string expected)
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("search", query);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_hit_are_shown_visibly()
    {
        using var clerk = new ClerkProcess();
        const string Matter = """
            clerk: matter/1
            sources:
              - {id: s1, kind: other, publisher: Notes}
            courts:
              - {id: c1, name: Court, jurisdiction: NM, time_zone: America/Denver, sources: [s1]}
            cases:
              - {id: k1, court: c1, caption: "Zorro \u001b[31mCorp v. State", kind: civil, sources: [s1]}
            """;
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("evil.yaml", Matter)).ExitCode);
        var run = clerk.WithDb("search", "zorro");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Contains("␛[31mCorp", run.Out, StringComparison.Ordinal);
    }
}
