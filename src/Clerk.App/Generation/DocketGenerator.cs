using System.Diagnostics;
using System.Threading.Channels;
using Clerk.Store;

namespace Clerk.App.Generation;

/// <summary>
/// Writes synthetic dockets for trying Clerk at scale (benchmarks, demos of search and paging):
/// each docket is made from the seed, then stored through the same merge and bulk write path as an
/// imported report, many dockets to a transaction, each all-or-nothing. Dockets are made on another
/// core while the previous batch is written; the store is tidied after a bulk load (<see cref="ClerkStore.AfterBulkLoad"/>).
/// </summary>
public sealed class DocketGenerator(ClerkStore store)
{
    // Dockets are committed together until about this many entries (see ClerkStore.ImportDockets);
    // memory holds the batch being written and the one or two made ahead of it, so it stays flat
    // however many dockets are written.
    private const int EntriesPerCommit = 20_000;

    // A docket of more entries than this is not held: its entries are made as they are written, so
    // that memory stays flat for a docket of any length.
    private const int LargeDocket = 100_000;

    /// <summary>Writes <see cref="GenerateOptions.Cases"/> dockets; <paramref name="progress"/> hears the number written so far.</summary>
    public async Task<GenerateSummary> GenerateAsync(GenerateOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EntriesPerCase, 1);
        var clock = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<List<DocketToImport>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var maker = Task.Run(() => MakeAll(options, batches.Writer, stop.Token), CancellationToken.None);
        long entries = 0;
        var written = 0;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var outcome in store.ImportDockets(batch))
                {
                    if (outcome.Error is not null)
                    {
                        throw new InvalidOperationException($"a generated docket was refused: {outcome.Error.Message}", outcome.Error);
                    }
                }

                entries += batch.Sum(d => d.ReadEntries is null ? d.Report.Entries.Count : options.EntriesPerCase);
                foreach (var _ in batch)
                {
                    progress?.Report(++written);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await maker.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        ct.ThrowIfCancellationRequested();
        if (entries >= ClerkStore.BulkLoadEntries)
        {
            store.AfterBulkLoad();
        }

        return new GenerateSummary(options.Cases, entries, clock.Elapsed);
    }

    private static async Task MakeAll(GenerateOptions options, ChannelWriter<List<DocketToImport>> batches, CancellationToken ct)
    {
        try
        {
            var batch = new List<DocketToImport>();
            var inBatch = 0;
            for (var i = 0; i < options.Cases; i++)
            {
                ct.ThrowIfCancellationRequested();
                if (options.EntriesPerCase > LargeDocket)
                {
                    // Alone in its commit, its entries made as they are written.
                    var (header, entries) = SyntheticDocket.MakeLarge(options.Seed, options.FirstIndex + i, options.EntriesPerCase);
                    batch.Add(DocketToImport.Checked(header, header.Cases[0].Id) with { ReadEntries = entries });
                    inBatch = EntriesPerCommit;
                }
                else
                {
                    var matter = SyntheticDocket.Make(options.Seed, options.FirstIndex + i, options.EntriesPerCase);
                    batch.Add(DocketToImport.Checked(matter, matter.Cases[0].Id));
                    inBatch += matter.Entries.Count;
                }

                if (inBatch >= EntriesPerCommit)
                {
                    await batches.WriteAsync(batch, ct);
                    (batch, inBatch) = ([], 0);
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, ct);
            }

            batches.Complete();
        }
        catch (Exception e)
        {
            // The writer sees the failure (or the cancellation) where it reads the next batch.
            batches.Complete(e);
        }
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
