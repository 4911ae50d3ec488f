using Clerk.App.Imports;
using Clerk.Testing;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Tests;

/// <summary>Every fixture docket, imported, then imported again in other orders: no entry is re-keyed, added or lost.</summary>
public class Reimporting_the_fixture_dockets
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<ReportToImport> AllReports() =>
        [.. new[] { "district", "bankruptcy", "appellate", "acms" }
            .SelectMany(folder => Directory.GetFiles(Fixtures.Path("pacer-dockets", folder)))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".acms_json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new ReportToImport(f, FoundInFolder: true))];

    private static HashSet<string> Keys(TempStore db) =>
        [.. db.Store.Db.Entries.AsNoTracking().Select(e => e.Case.Value + "#" + e.Key).AsEnumerable()];

    private static HashSet<string> Citations(TempStore db) =>
        [
            .. db.Store.Db.Citations.AsNoTracking().AsEnumerable().Select(c => $"{c.Fact} <- {c.Source}"),
            .. db.Store.Db.EntryCitations.AsNoTracking().AsEnumerable().Select(c => $"{c.Fact} <- {c.Source}"),
        ];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Leaves_every_entry_key_and_citation_unchanged_in_any_order(Db kind)
    {
        using var db = new TempStore(kind);
        var reports = AllReports();
        Assert.True(reports.Count > 300, $"expected the whole fixture set, found {reports.Count} reports");
        var first = await new DocketImporter(db.Store).ImportAsync(reports, new ImportOptions(), ct: Ct);
        Assert.Equal(0, first.Failed);
        Assert.True(first.Imported > 300);
        var keys = Keys(db);
        var citations = Citations(db);
        Assert.True(keys.Count > 5000, $"expected thousands of entries, found {keys.Count}");

        foreach (var seed in new[] { 1, 2 })
        {
            var shuffled = reports.OrderBy(_ => Random.Shared.Next()).ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
            var again = await new DocketImporter(db.Reopen()).ImportAsync(shuffled, new ImportOptions(), ct: Ct);
            Assert.Equal((0, 0), (again.EntriesAdded, again.EntriesUpdated));
            Assert.Equal(first.Imported, again.Imported);
            Assert.Equal(keys, Keys(db));
            var now = Citations(db);
            Assert.True(citations.SetEquals(now), "gone: " + string.Join("; ", citations.Except(now).Take(5)) + " new: " + string.Join("; ", now.Except(citations).Take(5)));
        }
    }
}
