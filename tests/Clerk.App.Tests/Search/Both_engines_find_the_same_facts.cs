using Clerk.App.Access;
using Clerk.App.Demo;
using Clerk.App.Generation;
using Clerk.App.Imports;
using Clerk.App.Search;
using Clerk.Store.Search;
using Clerk.Testing;

namespace Clerk.App.Tests.Search;

/// <summary>
/// The same data in SQLite and in PostgreSQL (the demo, the district fixture dockets, generated
/// dockets), the same queries against both: the sets of hits are equal (their order may differ,
/// each engine ranks its own way), and so are the totals.
/// </summary>
public sealed class Both_engines_find_the_same_facts : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempStore _sqlite = new(Db.Sqlite);
    private readonly TempStore _postgres = new(Db.Postgres);

    public static TheoryData<string> Queries { get; } =
    [
        "\"suit is untimely\"",
        "baldwin",
        "baldwin NOT alec",
        "alec baldwin fact:party",
        "biedscheid OR \"el dorado\"",
        "dismiss*",
        "\"motion to dismiss\"",
        "\"motion to dis\"*",
        "stay kind:civil",
        "\"memorandum opinion\"",
        "\"granting in part\" OR denying",
        "dismiss fact:motion",
        "garcia",
        "\"blue mesa\"",
        "garcia OR tanaka OR okafor",
        "(garcia OR jensen OR vargas OR whitfield) AND complaint",
        "complaint NOT summons",
        "order from:2020-01-01 to:2020-12-31",
        "\"status conference\" court:nmd",
        "minute entry fact:docket-entry",
        "extension time fact:docket-entry",
        "\"protective order\"",
        "3:08-cv-00284",
        "08-cv*",
        "plaintiff*",
        "west american",
        "jamieson",
        "bankruptcy OR chapter",
        "exhibit",
        "judge:biedscheid baldwin",
        "notice appearance",
        "\"filing fee\"",
        "synthetic",
        "rust",
    ];

    private async Task LoadAsync()
    {
        var reports = Directory.GetFiles(Fixtures.Path("pacer-dockets", "district"), "*.html")
            .Order(StringComparer.Ordinal).Select(f => new ReportToImport(f, FoundInFolder: true)).ToList();
        Assert.True(reports.Count > 40, $"expected the district fixture dockets, found {reports.Count}");
        foreach (var db in new[] { _sqlite, _postgres })
        {
            await DemoMatter.StoreAsync(db.Store, Ct);
            await new DocketImporter(db.Store).ImportAsync(reports, new ImportOptions(), ct: Ct);
            await new DocketGenerator(db.Store).GenerateAsync(new GenerateOptions(40, 30), ct: Ct);
        }
    }

    public void Dispose()
    {
        _sqlite.Dispose();
        _postgres.Dispose();
    }

    [Fact]
    public async Task Every_query_of_the_list_gives_the_same_hits_on_both()
    {
        await LoadAsync();
        var empty = new List<string>();
        var differences = new List<string>();
        foreach (var query in Queries.Select(q => q.Data))
        {
            var (lite, pg) = (await All(_sqlite, query), await All(_postgres, query));
            if (lite.Count == 0)
            {
                empty.Add(query);
            }

            var missing = lite.Except(pg).Take(3).ToList();
            var extra = pg.Except(lite).Take(3).ToList();
            if (missing.Count + extra.Count > 0)
            {
                differences.Add($"{query}: SQLite {lite.Count}, PostgreSQL {pg.Count}; only SQLite: {string.Join(", ", missing)}; only PostgreSQL: {string.Join(", ", extra)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.True(empty.Count == 0, $"queries that found nothing say little about the comparison: {string.Join(" | ", empty)}");
    }

    [Fact]
    public async Task Newest_first_both_give_the_same_hits_as_ranked()
    {
        await LoadAsync();
        var tight = new Clerk.Store.Search.SearchLimits(RankedAtMost: 3, CountedAtMost: 100_000);
        using var lite = Clerk.Store.ClerkStore.Open(_sqlite.Store.Options with { SearchLimits = tight }, create: false);
        using var pg = Clerk.Store.ClerkStore.Open(_postgres.Store.Options with { SearchLimits = tight }, create: false);
        var differences = new List<string>();
        foreach (var query in Queries.Select(q => q.Data))
        {
            var ranked = await All(_sqlite, query);
            foreach (var (name, store) in new[] { ("SQLite", lite), ("PostgreSQL", pg) })
            {
                var newest = await All(store, query);
                if (!newest.SetEquals(ranked))
                {
                    differences.Add($"{query}: {name} newest first {newest.Count}, ranked {ranked.Count}; only newest: {string.Join(", ", newest.Except(ranked).Take(3))}; only ranked: {string.Join(", ", ranked.Except(newest).Take(3))}");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public async Task Both_indexes_check_clean_after_the_loads()
    {
        await LoadAsync();
        Assert.Empty(_sqlite.Store.Search.Check());
        Assert.Empty(_postgres.Store.Search.Check());
    }

    // Every hit of the query, page by page, as "case|kind:key"; the pages' totals agree with their sum.
    private static Task<HashSet<string>> All(TempStore db, string query) => All(db.Store, query);

    private static async Task<HashSet<string>> All(Clerk.Store.ClerkStore store, string query)
    {
        var service = new SearchService(store, Viewer.Operator);
        var set = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        long total;
        do
        {
            var page = await service.SearchAsync(new SearchRequest(query, new SearchFilters(), 500, after), Ct);
            total = page.Total;
            foreach (var h in page.Hits)
            {
                Assert.True(set.Add($"{h.Case?.Value}|{h.Fact.Kind}:{h.Fact.Key}"), $"{query}: a hit repeated across pages");
            }

            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(total, set.Count);
        return set;
    }
}
