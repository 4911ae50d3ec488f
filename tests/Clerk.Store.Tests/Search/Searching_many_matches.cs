using Clerk.Domain;
using Clerk.Store.Search;
using NodaTime;

namespace Clerk.Store.Tests.Search;

/// <summary>
/// A query that matches more documents than a search ranks (<see cref="SearchLimits"/>) lists its
/// hits newest first and counts its total among the newest it reads. Over the demo with tiny limits,
/// so that "many" is a handful; the same database read with the default limits (ranked, exact) is
/// the answer to compare with (on each database below).
/// </summary>
public abstract class Searching_many_matches : IDisposable
{
    private readonly TempDatabase _db;
    private readonly ClerkStore _ranked;

    protected Searching_many_matches(Db kind)
    {
        _db = new TempDatabase(kind);
        _ranked = _db.Open().WithDemo();
    }

    public void Dispose()
    {
        _ranked.Dispose();
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    // The same database, searched with the limits given.
    private ClerkStore With(int rankedAtMost, int countedAtMost) =>
        ClerkStore.Open(_db.Options with { SearchLimits = new SearchLimits(rankedAtMost, countedAtMost) }, create: false);

    [Fact]
    public void A_query_matching_more_documents_than_are_ranked_gives_the_same_hits_newest_first()
    {
        using var store = With(rankedAtMost: 2, countedAtMost: 1000);
        var ranked = _ranked.Find("baldwin");
        var newest = store.Find("baldwin");

        Assert.Equal(SearchOrder.Rank, ranked.Order);
        Assert.Equal(SearchOrder.Newest, newest.Order);
        Assert.True(ranked.Total > 2, $"the demo should match baldwin in more than two documents, found {ranked.Total}");
        Assert.Equal(ranked.Total, newest.Total);
        Assert.False(newest.TotalIsLowerBound);
        Assert.Equal(ranked.Set().Order(StringComparer.Ordinal), newest.Set().Order(StringComparer.Ordinal));
        Assert.Equal(newest.Hits.Select(h => h.Rank).Order(), newest.Hits.Select(h => h.Rank));
    }

    [Fact]
    public void The_fact_written_last_comes_first()
    {
        var report = new Source(new SourceId("late-report"), SourceKind.NewsReport, "Santa Fe New Mexican", "Baldwin case: a late report", new LocalDate(2025, 1, 2), null, "Alec Baldwin's lawyers wrote again.");
        _ranked.Save(report);
        using var store = With(rankedAtMost: 2, countedAtMost: 1000);

        var first = store.Find("baldwin", limit: 1).Hits.Single();

        Assert.Equal(new FactRef(FactKind.Source, "late-report"), first.Fact);
    }

    [Fact]
    public void Paging_newest_first_gives_every_hit_once()
    {
        using var store = With(rankedAtMost: 2, countedAtMost: 1000);
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = store.Find("baldwin", limit: 2, after: after);
            Assert.Equal(SearchOrder.Newest, page.Order);
            seen.AddRange(page.Set());
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(_ranked.Find("baldwin").Set().Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("baldwin kind:civil")]
    [InlineData("baldwin fact:party")]
    [InlineData("baldwin court:nm-district-court")]
    [InlineData("rust from:2023-01-01 to:2024-12-31")]
    [InlineData("baldwin judge:biedscheid")]
    public void Filters_give_the_same_hits_newest_first(string query)
    {
        using var store = With(rankedAtMost: 1, countedAtMost: 1000);
        var ranked = _ranked.Find(query);
        var newest = store.Find(query);

        Assert.NotEmpty(ranked.Hits);
        Assert.Equal(ranked.Total, newest.Total);
        Assert.Equal(ranked.Set().Order(StringComparer.Ordinal), newest.Set().Order(StringComparer.Ordinal));
    }

    // A page of 3 is more than the two documents counted give: it goes on below them.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Past_the_documents_it_counts_the_total_is_a_lower_bound_and_every_hit_can_still_be_paged_to(int limit)
    {
        using var store = With(rankedAtMost: 1, countedAtMost: 2);
        var exact = _ranked.Find("baldwin");
        var first = store.Find("baldwin", limit: limit);
        Assert.Equal(limit, first.Hits.Count);

        Assert.True(first.TotalIsLowerBound);
        Assert.InRange(first.Total, 2, exact.Total - 1);
        var seen = new List<string>(first.Set());
        for (var after = first.Next; after is not null;)
        {
            var page = store.Find("baldwin", limit: limit, after: after);
            seen.AddRange(page.Set());
            after = page.Next;
        }

        Assert.Equal(exact.Set().Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_matching_few_documents_is_still_ranked_with_an_exact_total()
    {
        using var store = With(rankedAtMost: 2, countedAtMost: 2);
        var few = store.Find("\"suit is untimely\"");

        Assert.Equal(SearchOrder.Rank, few.Order);
        Assert.False(few.TotalIsLowerBound);
        Assert.Equal(1, few.Total);
    }

    [Fact]
    public void Limits_that_cannot_hold_are_refused()
    {
        using var store = With(rankedAtMost: 5, countedAtMost: 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Search);
    }
}

public sealed class Searching_many_matches_on_SQLite() : Searching_many_matches(Db.Sqlite);

public sealed class Searching_many_matches_on_PostgreSQL() : Searching_many_matches(Db.Postgres);
