using System.Diagnostics;
using Clerk.Store;

namespace Clerk.App.Generation;

/// <summary>
/// Writes synthetic dockets for trying Clerk at scale (benchmarks, demos of search and paging):
/// each docket is made from the seed, then stored through the same merge and bulk write path as an
/// imported report, many dockets to a transaction, each all-or-nothing.
/// </summary>
public sealed class DocketGenerator(ClerkStore store)
{
    // Dockets are committed together until about this many entries (see ClerkStore.ImportDockets);
    // memory holds one batch, so it stays flat however many dockets are written.
    private const int EntriesPerCommit = 20_000;

    /// <summary>Writes <see cref="GenerateOptions.Cases"/> dockets; <paramref name="progress"/> hears the number written so far.</summary>
    public Task<GenerateSummary> GenerateAsync(GenerateOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EntriesPerCase, 1);
        var clock = Stopwatch.StartNew();
        long entries = 0;
        var batch = new List<DocketToImport>();
        var inBatch = 0;
        void Commit(int written)
        {
            foreach (var outcome in store.ImportDockets(batch))
            {
                if (outcome.Error is not null)
                {
                    throw new InvalidOperationException($"a generated docket was refused: {outcome.Error.Message}", outcome.Error);
                }
            }

            for (var n = written - batch.Count + 1; n <= written; n++)
            {
                progress?.Report(n);
            }

            batch.Clear();
            inBatch = 0;
        }

        for (var i = 0; i < options.Cases; i++)
        {
            ct.ThrowIfCancellationRequested();
            var matter = SyntheticDocket.Make(options.Seed, options.FirstIndex + i, options.EntriesPerCase);
            batch.Add(new DocketToImport(matter, matter.Cases[0].Id));
            entries += matter.Entries.Count;
            inBatch += matter.Entries.Count;
            if (inBatch >= EntriesPerCommit)
            {
                Commit(i + 1);
            }
        }

        if (batch.Count > 0)
        {
            Commit(options.Cases);
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
