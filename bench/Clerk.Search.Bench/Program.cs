using System.Diagnostics;
using System.Globalization;
using Clerk.App.Access;
using Clerk.App.Search;
using Clerk.Store;
using Clerk.Store.Search;

// Search latency over a fixed list of queries (bench/search-queries.txt), printed as p50/p95/p99:
// in process (one open store, each query warmed once, then timed --runs times), and with --clerk PATH
// as whole `clerk search QUERY --json` processes (each query once).
// Usage: Clerk.Search.Bench --db DB --queries FILE [--runs N] [--each] [--counted N] [--clerk PATH_TO_CLERK] (--each: every query's best time
// and hits; --counted: SearchLimits.CountedAtMost for the in-process runs)
var db = Arg("--db") ?? throw new ArgumentException("--db DB is required");
var queries = File.ReadAllLines(Arg("--queries") ?? "bench/search-queries.txt").Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
var runs = int.Parse(Arg("--runs") ?? "3", CultureInfo.InvariantCulture);
var clerk = Arg("--clerk");

var options = StoreOptions.Named(db);
if (Arg("--counted") is { } counted)
{
    options = options with { SearchLimits = options.SearchLimits with { CountedAtMost = int.Parse(counted, CultureInfo.InvariantCulture) } };
}

using (var store = ClerkStore.Open(options, create: false))
{
    var service = new SearchService(store, Viewer.Operator);
    var samples = new List<(double Ms, string Query, long Total)>();
    foreach (var q in queries)
    {
        await service.SearchAsync(new SearchRequest(q, new SearchFilters()));
    }

    for (var r = 0; r < runs; r++)
    {
        foreach (var q in queries)
        {
            var sw = Stopwatch.StartNew();
            var result = await service.SearchAsync(new SearchRequest(q, new SearchFilters()));
            samples.Add((sw.Elapsed.TotalMilliseconds, q, result.Total));
        }
    }

    Report($"in process, {queries.Count} queries x {runs}", samples);
    if (args.Contains("--each"))
    {
        foreach (var g in samples.GroupBy(s => s.Query))
        {
            Console.WriteLine(FormattableString.Invariant($"  {g.Min(s => s.Ms),8:F1} ms  {g.First().Total,8} hits  {g.Key}"));
        }
    }

    var totals = samples.Select(s => s.Total).Order().ToList();
    Console.WriteLine(FormattableString.Invariant($"  hits per query: median {totals[totals.Count / 2]}, max {totals[^1]}"));
}

if (clerk is not null)
{
    var samples = new List<(double Ms, string Query, long Total)>();
    foreach (var q in queries)
    {
        var start = new ProcessStartInfo(clerk) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "search", q, "--json", "--db", db })
        {
            start.ArgumentList.Add(a);
        }

        var sw = Stopwatch.StartNew();
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var elapsed = sw.Elapsed.TotalMilliseconds;
        // The total as the process printed it (read after the clock stopped).
        var total = p.ExitCode == 0 ? System.Text.Json.Nodes.JsonNode.Parse(output)?["total"]?.GetValue<long>() ?? -1 : -1;
        samples.Add((elapsed, q, total));
        if (p.ExitCode != 0)
        {
            Console.Error.WriteLine($"clerk search {q}: exit {p.ExitCode}: {err}");
        }
    }

    Report($"whole process (clerk search --json), {queries.Count} queries", samples);
}

static void Report(string what, List<(double Ms, string Query, long Total)> samples)
{
    var ms = samples.Select(s => s.Ms).Order().ToList();
    double P(double p) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)];
    Console.WriteLine(FormattableString.Invariant($"{what}: p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {ms[^1]:F1} ms"));
    foreach (var s in samples.OrderByDescending(s => s.Ms).DistinctBy(s => s.Query).Take(5))
    {
        Console.WriteLine(FormattableString.Invariant($"  slow: {s.Ms,8:F1} ms  {s.Query}  ({s.Total} hits)"));
    }
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
