using Clerk.Domain;
using Clerk.Store.Search;

namespace Clerk.Store.Tests.Search;

/// <summary>Full-text search over the Rust demo: what is found, filters, snippets, paging (on each database below).</summary>
public abstract class Searching_the_demo : IDisposable
{
    private readonly TempDatabase _db;
    private readonly ClerkStore _store;

    protected Searching_the_demo(Db kind)
    {
        _db = new TempDatabase(kind);
        _store = _db.Open().WithDemo();
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void A_phrase_from_a_statement_finds_the_civil_case()
    {
        var hit = Assert.Single(_store.Find("\"suit is untimely\"").Hits);
        Assert.Equal(new CaseId("rust-civil"), hit.Case);
        Assert.Equal(FactKind.Statement, hit.Fact.Kind);
        var marked = hit.Snippet.Highlights.Select(h => hit.Snippet.Text.Substring(h.Start, h.Length).ToLowerInvariant()).ToList();
        Assert.Equal(["suit", "is", "untimely"], marked);
    }

    // Each shape nested as deep as the parser allows: the deepest engine syntax either engine is given
    // (FTS5 overflowed at 14 levels of the first shape, before the parser had a limit).
    [Theory]
    [InlineData("baldwin (shooting OR hutchins ", ")")]
    [InlineData("baldwin OR (shooting hutchins ", ")")]
    [InlineData("baldwin NOT (rust OR dismiss ", ")")]
    [InlineData("baldwin (rust OR hutchins NOT ", " zzz)")]
    public void Groups_nested_as_deep_as_allowed_are_searched_and_one_more_is_refused(string open, string close)
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "final" + string.Concat(Enumerable.Repeat(close, depth));

        _store.Find(Nested(SearchQueryParser.DeepestGroups));
        var e = Assert.Throws<SearchQueryException>(() => _store.Find(Nested(SearchQueryParser.DeepestGroups + 1)));
        Assert.Contains($"parentheses nested more than {SearchQueryParser.DeepestGroups} deep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_of_a_phrase_in_another_order_are_not_the_phrase()
    {
        Assert.Empty(_store.Find("\"untimely is suit\"").Hits);
        Assert.NotEmpty(_store.Find("untimely suit").Hits);
    }

    [Fact]
    public void A_party_is_a_hit_in_every_case_it_takes_part_in()
    {
        var hits = _store.Find("baldwin fact:party").Hits;
        Assert.Contains(hits, h => h.Case == new CaseId("rust-civil"));
        Assert.Contains(hits, h => h.Case == new CaseId("rust-criminal"));
        Assert.All(hits, h => Assert.Equal(FactKind.Party, h.Fact.Kind));
    }

    [Fact]
    public void Filters_narrow_by_case_kind_fact_and_date()
    {
        var all = _store.Find("baldwin");
        var civil = _store.Find("baldwin kind:civil");
        Assert.True(civil.Total < all.Total);
        Assert.All(civil.Hits, h => Assert.Equal(new CaseId("rust-civil"), h.Case));

        var motions = _store.Find("dismiss fact:motion");
        Assert.NotEmpty(motions.Hits);
        Assert.All(motions.Hits, h => Assert.Equal(FactKind.Motion, h.Fact.Kind));

        // The demo's entries and statements are dated 2021 to 2024: a range after them finds nothing.
        Assert.NotEmpty(_store.Find("baldwin from:2021-01-01").Hits);
        Assert.Empty(_store.Find("baldwin from:2030-01-01").Hits);
        var early = _store.Find("baldwin to:2021-12-31");
        Assert.True(early.Total < _store.Find("baldwin from:2021-01-01").Total);
    }

    [Fact]
    public void A_prefix_matches_the_words_it_begins()
    {
        var exact = _store.Find("dismiss").Set();
        var prefix = _store.Find("dismiss*").Set();
        Assert.Superset(exact.ToHashSet(), prefix.ToHashSet());
        Assert.True(prefix.Count > exact.Count, $"dismiss* ({prefix.Count}) should match more than dismiss ({exact.Count}): dismissed, dismissal");
    }

    [Fact]
    public void OR_adds_and_NOT_removes()
    {
        var baldwin = _store.Find("baldwin").Set();
        var biedscheid = _store.Find("biedscheid").Set();
        Assert.Equal(baldwin.Union(biedscheid).Order(StringComparer.Ordinal), _store.Find("baldwin OR biedscheid").Set());
        var alec = _store.Find("alec").Set();
        Assert.Equal(baldwin.Except(alec).Order(StringComparer.Ordinal), _store.Find("baldwin NOT alec").Set());
        Assert.NotEqual(baldwin.Count, baldwin.Except(alec).Count());
    }

    [Fact]
    public void Pages_follow_each_other_without_gaps_or_repeats()
    {
        var all = _store.Find("baldwin OR rust OR the");
        Assert.True(all.Total > 7, $"too few hits ({all.Total}) to page");
        var paged = new List<SearchHit>();
        string? after = null;
        do
        {
            var page = _store.Find("baldwin OR rust OR the", limit: 3, after: after);
            Assert.Equal(all.Total, page.Total);
            paged.AddRange(page.Hits);
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(all.Hits.Select(h => (h.Case, h.Fact)), paged.Select(h => (h.Case, h.Fact)));
    }

    [Fact]
    public void A_cursor_that_no_search_gave_is_refused()
    {
        var e = Assert.Throws<SearchQueryException>(() => _store.Find("baldwin", limit: 2, after: "not-a-cursor!"));
        Assert.Contains("page cursor", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'); DROP TABLE \"Cases\";--")]
    [InlineData("NEAR baldwin")]
    [InlineData("body:baldwin")]
    [InlineData("baldwin^ {a b} -x +y")]
    [InlineData("\"\"\"")]
    [InlineData("baldwin*  * \"NEAR(\" ^")]
    public void Text_that_means_something_to_SQL_or_FTS5_is_searched_as_words_or_refused(string text)
    {
        try
        {
            _ = _store.Find(text);
        }
        catch (SearchQueryException)
        {
            // A clear refusal is as good as a literal search; anything else fails the test.
        }

        Assert.Equal(2, _store.Db.Cases.Count());
        Assert.Empty(_store.Search.Check());
    }

    [Fact]
    public void The_case_list_search_reads_the_index()
    {
        Assert.Equal([new CaseId("rust-civil")], _store.Cases(new CaseFilter(Text: "el dorado")).Select(c => c.Id));
        Assert.Equal(2, _store.Cases(new CaseFilter(Text: "baldwin")).Count);
        Assert.Throws<SearchQueryException>(() => _store.Cases(new CaseFilter(Text: "baldwin court:nmd")));
    }

    [Fact]
    public void The_index_of_the_demo_checks_clean()
    {
        Assert.Empty(_store.Search.Check());
    }
}

public sealed class Searching_the_demo_on_SQLite() : Searching_the_demo(Db.Sqlite);

public sealed class Searching_the_demo_on_PostgreSQL() : Searching_the_demo(Db.Postgres);
