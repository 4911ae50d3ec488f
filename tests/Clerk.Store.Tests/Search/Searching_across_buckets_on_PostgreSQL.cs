using Clerk.Domain;
using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Clerk.Store.Tests.Search;

/// <summary>
/// On PostgreSQL a newest-first search of a query that matches many documents reads the index one
/// bucket of document numbers at a time, newest bucket first (<see cref="PostgresSearchSchema.Bucket"/>).
/// The demo's documents are renumbered far apart here, so that they lie in many buckets with empty
/// ones between, and three news reports written after them make "baldwin" look common among the
/// newest documents, so that it is read by buckets; every newest-first search must still give
/// exactly what the same database's ranked search gives.
/// </summary>
public sealed class Searching_across_buckets_on_PostgreSQL : IDisposable
{
    private readonly TempDatabase _db = new(Db.Postgres);
    private readonly ClerkStore _ranked;

    public Searching_across_buckets_on_PostgreSQL()
    {
        _ranked = _db.Open().WithDemo();
        using var cmd = _ranked.Db.Database.GetDbConnection().CreateCommand();
        // 1,000,003 apart: about eight buckets from one document to the next.
        cmd.CommandText = "UPDATE \"SearchDocs\" SET \"Id\" = \"Id\" * 1000003; SELECT setval(pg_get_serial_sequence('\"SearchDocs\"', 'Id'), (SELECT max(\"Id\") FROM \"SearchDocs\"));";
        cmd.ExecuteNonQuery();
        for (var i = 1; i <= 3; i++)
        {
            _ranked.Save(new Source(new SourceId($"late-{i}"), SourceKind.NewsReport, "Santa Fe New Mexican", $"Baldwin and Hutchins: late report {i}", new LocalDate(2025, 1, i), null, "Alec Baldwin's lawyers wrote again about Halyna Hutchins."));
        }
    }

    public void Dispose()
    {
        _ranked.Dispose();
        _db.Dispose();
    }

    private ClerkStore With(int rankedAtMost, int countedAtMost) =>
        ClerkStore.Open(_db.Options with { SearchLimits = new SearchLimits(rankedAtMost, countedAtMost) }, create: false);

    [Theory]
    [InlineData("baldwin")]
    [InlineData("baldw*")]
    [InlineData("\"alec baldw\"*")]
    [InlineData("alec bald*")]
    [InlineData("rus* OR hutch*")]
    [InlineData("(baldwin OR hutchins) NOT trou*")]
    [InlineData("(baldw* OR hutchins) court:nm-district-court")]
    public void Newest_first_gives_what_the_ranked_search_gives(string query)
    {
        using var store = With(rankedAtMost: 1, countedAtMost: 1000);
        var ranked = _ranked.Find(query);
        var newest = store.Find(query);

        Assert.True(ranked.Total > 1, $"{query} should match more than one document of the demo, matched {ranked.Total}");
        Assert.Equal(SearchOrder.Newest, newest.Order);
        Assert.Equal(ranked.Total, newest.Total);
        Assert.Equal(ranked.Set(), newest.Set());
        Assert.Equal(newest.Hits.Select(h => h.Rank).Order(), newest.Hits.Select(h => h.Rank));
    }

    [Theory]
    [InlineData("baldwin", 2)]
    [InlineData("baldw*", 3)]
    public void Pages_past_the_counted_documents_cross_buckets_without_gaps_or_repeats(string query, int limit)
    {
        using var store = With(rankedAtMost: 1, countedAtMost: 2);
        var seen = new List<string>();
        var ranks = new List<double>();
        string? after = null;
        do
        {
            var page = store.Find(query, limit: limit, after: after);
            seen.AddRange(page.Hits.Select(h => $"{h.Case?.Value}|{h.Fact.Kind}:{h.Fact.Key}"));
            ranks.AddRange(page.Hits.Select(h => h.Rank));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(_ranked.Find(query).Set(), seen.Order(StringComparer.Ordinal));
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public void A_fact_written_after_the_others_comes_first()
    {
        _ranked.Save(new Source(new SourceId("late-report"), SourceKind.NewsReport, "Santa Fe New Mexican", "Baldwin case: the last report", new LocalDate(2025, 2, 2), null, "Alec Baldwin's lawyers wrote once more."));
        using var store = With(rankedAtMost: 1, countedAtMost: 1000);

        Assert.Equal(new FactRef(FactKind.Source, "late-report"), store.Find("baldwin", limit: 1).Hits.Single().Fact);
        Assert.Equal(new FactRef(FactKind.Source, "late-report"), store.Find("baldw* lawyers", limit: 1).Hits.Single().Fact);
    }
}
