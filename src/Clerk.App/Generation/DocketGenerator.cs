using System.Diagnostics;
using Clerk.Store;

namespace Clerk.App.Generation;

/// <summary>
/// Writes synthetic dockets for trying Clerk at scale (benchmarks, demos of search and paging):
/// each docket is made from the seed, then stored through the same merge and bulk write path as an
/// imported report, one transaction per docket, so memory stays flat however many are written.
/// </summary>
public sealed class DocketGenerator(ClerkStore store)
{
    /// <summary>Writes <see cref="GenerateOptions.Cases"/> dockets; <paramref name="progress"/> hears the number written so far.</summary>
    public Task<GenerateSummary> GenerateAsync(GenerateOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EntriesPerCase, 1);
        var clock = Stopwatch.StartNew();
        long entries = 0;
        for (var i = 0; i < options.Cases; i++)
        {
            ct.ThrowIfCancellationRequested();
            var matter = SyntheticDocket.Make(options.Seed, options.FirstIndex + i, options.EntriesPerCase);
            store.ImportDocket(matter, matter.Cases[0].Id);
            entries += matter.Entries.Count;
            progress?.Report(i + 1);
        }

        return Task.FromResult(new GenerateSummary(options.Cases, entries, clock.Elapsed));
    }
}

/// <summary>
/// How many dockets to write and how long; the same seed writes the same dockets.
/// <see cref="FirstIndex"/> lets a later run add further dockets instead of rewriting the first ones.
/// </summary>
public sealed record GenerateOptions(int Cases, int EntriesPerCase, int Seed = 1, int FirstIndex = 0);

/// <summary>What a generation wrote and how long it took.</summary>
public sealed record GenerateSummary(int Cases, long Entries, TimeSpan Elapsed)
{
    public double EntriesPerSecond => Elapsed.TotalSeconds > 0 ? Entries / Elapsed.TotalSeconds : 0;
}
