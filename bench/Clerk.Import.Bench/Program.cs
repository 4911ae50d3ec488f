using System.Diagnostics;
using System.Globalization;
using Clerk.App.Generation;
using Clerk.App.Imports;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;

// Measures writing docket entries into a real SQLite file, the way `clerk import pacer` and
// `clerk generate` do: (1) one synthetic docket of N entries (made by `clerk generate`'s code, which
// is timed apart), imported fresh and then again; (2) every docket of the fixture folder, parsed
// beforehand, then the whole `clerk import pacer` path (read, parse, map, merge) over the folder.
// Prints seconds and entries per second. Usage:
//   dotnet run -c Release --project bench/Clerk.Import.Bench -- [FIXTURES_DIR] [N]
// Or writes COUNT real-shaped dockets (copies of the fixture dockets under new numbers) for timing
// `clerk import pacer` as a whole process:
//   dotnet run -c Release --project bench/Clerk.Import.Bench -- copies FIXTURES_DIR OUT_DIR COUNT
if (args is ["copies", var from, var to, var howMany])
{
    var written = DocketCopies.Write(from, to, int.Parse(howMany, CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {howMany} dockets, {written} entries, to {to}");
    return 0;
}

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
    var clock = Stopwatch.StartNew();
    var big = SyntheticDocket.Make(seed: 1, index: 0, entries: n);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"making a synthetic docket of {n} entries (not part of the import): {clock.Elapsed.TotalSeconds:F2} s"));
    var caseId = big.Cases[0].Id;
    using (var store = ClerkStore.Open(new StoreOptions(Path.Combine(dir, "big.db"))))
    {
        // A small docket first, so that one-time costs (EF's model, first-call compilation) are not counted.
        var warm = SyntheticDocket.Make(seed: 2, index: 1, entries: 10);
        store.ImportDocket(warm, warm.Cases[0].Id);
        Report($"synthetic docket, {n} entries, first import", n, () => store.ImportDocket(big, caseId));
        Report($"synthetic docket, {n} entries, re-import", n, () => store.ImportDocket(big, caseId));
    }

    var files = Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".acms_json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    var parsed = files.Select(f => (f, Bytes: File.ReadAllBytes(f)))
        .Select(x => (x.f, x.Bytes, PacerDocketParser.Parse(x.Bytes, PacerDocketParser.CourtIdFromFileName(x.f)).Docket))
        .Where(x => x.Docket is not null)
        .Select(x => DocketMapper.ToMatter(x.Docket!, DocketImporter.ReportSource(x.f, x.Bytes))).ToList();
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

    using (var store = ClerkStore.Open(new StoreOptions(Path.Combine(dir, "whole.db"))))
    {
        var reports = files.Select(f => new ReportToImport(f, FoundInFolder: true)).ToList();
        ImportSummary? summary = null;
        Report($"whole import of the fixture folder ({files.Count} files: read, parse, map, merge)", total,
            () => summary = new DocketImporter(store).ImportAsync(reports, new ImportOptions()).GetAwaiter().GetResult());
        Console.WriteLine($"  imported {summary!.Imported}, not dockets {summary.Skipped}, failed {summary.Failed}");
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
