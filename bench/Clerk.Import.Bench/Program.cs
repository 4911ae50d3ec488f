using System.Diagnostics;
using System.Globalization;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;
using NodaTime;

// Measures importing docket entries into a real SQLite file: (1) one synthetic docket of N entries
// (a real report's parties with N numbered entries), imported fresh and then re-imported; (2) every
// docket of the fixture folder. Prints entries per second for each. Usage:
//   dotnet run -c Release --project bench/Clerk.Import.Bench -- [FIXTURES_DIR] [N]
var fixtures = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "fixtures", "pacer-dockets");
var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;
if (!Directory.Exists(fixtures))
{
    Console.Error.WriteLine($"fixture folder not found: {Path.GetFullPath(fixtures)}");
    return 1;
}

var dir = Directory.CreateTempSubdirectory("clerk-import-bench-").FullName;
try
{
    var report = new Source(new SourceId("bench-report"), SourceKind.CourtRecord, "PACER", "bench", null, null, null);
    var sample = PacerDocketParser.Parse(File.ReadAllBytes(Path.Combine(fixtures, "district", "akd.html")), "akd").Docket!;
    var mapped = DocketMapper.ToMatter(sample, report);
    var entries = Enumerable.Range(1, n).Select(i => new DocketEntry(mapped.Case, i, i.ToString(CultureInfo.InvariantCulture),
        new LocalDate(2009, 1, 1).PlusDays(i / 50), null, $"ORDER number {i} granting motion for extension of time (Entered: 01/09/2009)")).ToList();
    var big = mapped.Matter with
    {
        Entries = entries,
        Citations = [.. mapped.Matter.Citations.Where(c => c.Fact.Kind != FactKind.DocketEntry), .. entries.Select(e => new Citation(report.Id, FactRef.Of(e), "docket entry"))],
    };

    using (var store = ClerkStore.Open(new StoreOptions(Path.Combine(dir, "big.db"))))
    {
        Report($"synthetic docket, {n} entries, first import", n, () => store.ImportDocket(big, mapped.Case));
        Report($"synthetic docket, {n} entries, re-import", n, () => store.ImportDocket(big, mapped.Case));
    }

    var files = Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".acms_json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    var parsed = files.Select(f => (f, PacerDocketParser.Parse(File.ReadAllBytes(f), PacerDocketParser.CourtIdFromFileName(f)).Docket))
        .Where(x => x.Docket is not null)
        .Select(x => DocketMapper.ToMatter(x.Docket!, report with { Id = new SourceId("pacer:" + Path.GetFileName(x.f)) })).ToList();
    var total = parsed.Sum(p => p.Matter.Entries.Count);
    using (var store = ClerkStore.Open(new StoreOptions(Path.Combine(dir, "fixtures.db"))))
    {
        Report($"{parsed.Count} fixture dockets (parsed beforehand), {total} entries", total, () =>
        {
            foreach (var p in parsed)
            {
                store.ImportDocket(p.Matter, p.Case);
            }
        });
    }

    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(dir, recursive: true);
}

static void Report(string what, int entries, Action run)
{
    var clock = Stopwatch.StartNew();
    run();
    var s = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {s:F2} s, {entries / s:F0} entries/s"));
}
