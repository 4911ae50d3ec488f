using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;

namespace Clerk.App.Imports;

/// <summary>
/// Imports PACER docket reports. Files are read, parsed and mapped onto the model on every core, a
/// bounded amount ahead of one writer, which merges them in the order given, many dockets to a
/// transaction and each docket all-or-nothing: a file that fails leaves the others and the database
/// as they were.
/// </summary>
public sealed class DocketImporter(ClerkStore store)
{
    // Dockets are committed together until about this many entries or bytes of report; a batch is
    // what a crash can lose, and what the writer holds in memory.
    private const int EntriesPerCommit = 20_000;
    private const long BytesPerCommit = 8 << 20;

    // Bytes of reports being read or parsed ahead of the writer; with the batch, this bounds memory
    // however many files there are. A report bigger than this is read alone.
    private const long BytesAhead = 8 << 20;

    /// <summary>Imports <paramref name="files"/> in order, reporting each file's outcome once it is stored or has failed.</summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ReportToImport> files, ImportOptions options, IProgress<FileOutcome>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<FileOutcome>(files.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var ahead = new ByteBudget(BytesAhead);
        var prepared = Channel.CreateUnbounded<(Task<Prepared> Work, long Bytes)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => StartAll(files, options, ahead, prepared.Writer, stop.Token), CancellationToken.None);

        var batch = new List<Prepared>();
        var (batchEntries, batchBytes, entries) = (0, 0L, 0L);
        var stopped = false;
        void Report(FileOutcome outcome)
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
            stopped |= options.Strict && outcome.Outcome != ImportOutcome.Imported;
        }

        void Flush()
        {
            var toWrite = batch.Where(p => p.Docket is not null).Select(p => p.Docket!).ToList();
            var written = Write(toWrite);
            var w = 0;
            foreach (var p in batch)
            {
                Report(p.Docket is null ? p.Outcome! : Stored(p, written[w++]));
            }

            entries += batchEntries;
            batch.Clear();
            (batchEntries, batchBytes) = (0, 0);
        }

        try
        {
            await foreach (var (work, bytes) in prepared.Reader.ReadAllAsync(stop.Token))
            {
                var p = await work;
                ahead.Release(bytes);
                // A docket whose entries are read as they are stored is too large to share a commit.
                var large = p.Docket?.ReadEntries is not null;
                if (large && batch.Count > 0)
                {
                    Flush();
                }

                batch.Add(p);
                batchEntries += p.Docket?.Report.Entries.Count ?? 0;
                batchBytes += p.Bytes;

                // Strict stops at the first file not imported, so nothing after it may share its transaction.
                // A batch is also written when the next docket is not ready: the writer would only wait.
                if (options.Strict || large || batchEntries >= EntriesPerCommit || batchBytes >= BytesPerCommit || !prepared.Reader.TryPeek(out var next) || !next.Work.IsCompleted)
                {
                    Flush();
                }

                if (stopped)
                {
                    break;
                }
            }

            if (!stopped)
            {
                Flush();
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        ct.ThrowIfCancellationRequested();
        if (entries >= ClerkStore.BulkLoadEntries)
        {
            store.AfterBulkLoad();
        }

        return new ImportSummary(files.Count, outcomes, clock.Elapsed);
    }

    /// <summary>Imports one report file in a transaction of its own.</summary>
    public async Task<FileOutcome> ImportFileAsync(ReportToImport file, ImportOptions options, CancellationToken ct = default)
    {
        var p = await Task.Run(() => Prepare(file, options, ct), ct);
        return p.Docket is null ? p.Outcome! : Stored(p, Write([p.Docket])[0]);
    }

    // A database error that outlasts the retries (a lock held too long, a disk that is full) fails
    // the whole batch, whose transaction was rolled back; the import goes on with the next.
    private IReadOnlyList<DocketOutcome> Write(List<DocketToImport> dockets)
    {
        try
        {
            return dockets.Count > 0 ? store.ImportDockets(dockets) : [];
        }
        catch (System.Data.Common.DbException e)
        {
            return [.. dockets.Select(_ => new DocketOutcome(null, e))];
        }
    }

    // Starts each file's preparation on the thread pool, in order, as far ahead as the budget allows.
    private static async Task StartAll(IReadOnlyList<ReportToImport> files, ImportOptions options, ByteBudget ahead, ChannelWriter<(Task<Prepared>, long)> writer, CancellationToken ct)
    {
        try
        {
            foreach (var file in files)
            {
                var bytes = ahead.Cost(SizeOf(file.Path));
                await ahead.TakeAsync(bytes, ct);
                // Queued first in, first out (a task started on a pool thread would otherwise run last in,
                // first out), so the docket the writer waits for is the one parsed first.
                var work = Task.Factory.StartNew(() => Prepare(file, options, ct), ct, TaskCreationOptions.PreferFairness, TaskScheduler.Default);
                await writer.WriteAsync((work, bytes), ct);
            }

            writer.Complete();
        }
        catch (OperationCanceledException e)
        {
            writer.Complete(e);
        }
    }

    private static long SizeOf(string path)
    {
        try
        {
            return ReportFiles.SizeOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Reading the file will fail and say why.
            return 0;
        }
    }

    private static FileOutcome Stored(Prepared p, DocketOutcome written) =>
        written.Error is null
            ? new FileOutcome(p.Path, ImportOutcome.Imported, null, p.Docket!.Case, written.Result)
            : new FileOutcome(p.Path, ImportOutcome.Failed, Described(written.Error), null, null);

    // A database driver's message can be only "Exception while reading from stream": what lies under it says why.
    private static string Described(Exception e) =>
        e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal) ? $"{e.Message} ({Described(inner)})" : e.Message;

    // Reads, parses and maps one file: the part of an import that needs no database. A large report's
    // entries are not read here but as the writer stores them (PacerDocketParser.ParseFile), so that
    // no report is held whole. Synchronous on purpose: the writer, awaiting this, resumes on the thread
    // that finishes it, and beneath an async read's frames what was read stayed reachable while its
    // docket was stored.
    private static Prepared Prepare(ReportToImport file, ImportOptions options, CancellationToken ct)
    {
        Prepared Fail(ImportOutcome outcome, string problem, long bytes = 0) => new(file.Path, bytes, null, new FileOutcome(file.Path, outcome, problem, null, null));
        try
        {
            ct.ThrowIfCancellationRequested();
            // A report small enough to hold is read once, then hashed and parsed; a larger one is hashed
            // as it is read and then parsed from its file in pieces.
            var size = SizeOf(file.Path);
            var content = size <= PacerDocketParser.LargeReportBytes ? File.ReadAllBytes(file.Path) : null;
            var source = content is null ? ReportSource(file.Path) : ReportSource(file.Path, content);
            var court = CourtIds.For(file.Path, options.Court);
            var parsed = content is null ? PacerDocketParser.ParseFile(file.Path, court) : PacerDocketParser.Parse(content, court);
            if (parsed.Docket is null)
            {
                // A page that is not a docket, met while searching a folder, is passed over unless the
                // import is strict; named on its own, it is a mistake worth an error.
                var skipped = file.FoundInFolder && !options.Strict;
                return Fail(skipped ? ImportOutcome.NotADocket : ImportOutcome.Failed, $"not a docket report: {parsed.NotDocketReason}", size);
            }

            var truncation = parsed.Docket.Truncation;
            if (truncation is not null && !options.Partial)
            {
                return Fail(ImportOutcome.Failed, $"partial report: {truncation}; nothing was stored (--partial imports what it holds)", size);
            }

            if (truncation is not null)
            {
                // The mapping leaves out the last entry read, which the cut may have shortened.
                truncation += parsed.Docket.EntryCount > 0 ? "; the last one, which the cut may have shortened, was not stored" : "";
                source = source with { Title = $"{source.Title} (partial report: {truncation})" };
            }

            var imported = DocketMapper.ToMatter(parsed.Docket, source);
            var docket = DocketToImport.Checked(imported.Matter, imported.Case, truncation) with { ReadEntries = imported.ReadEntries };
            return new Prepared(file.Path, size, docket, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DomainRuleException or ArgumentException)
        {
            return Fail(ImportOutcome.Failed, e.Message);
        }
    }

    /// <summary>The source a report's facts cite: named by a hash of its bytes, so the same report is the same source wherever it lies.</summary>
    public static Source ReportSource(string path, ReadOnlySpan<byte> content) => Named(path, SHA256.HashData(content));

    /// <summary>The source the report in the file at <paramref name="path"/> is (<see cref="ReportSource(string, ReadOnlySpan{byte})"/>), its bytes hashed as they are read.</summary>
    public static Source ReportSource(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Named(path, SHA256.HashData(stream));
    }

    private static Source Named(string path, byte[] hash) =>
        new(new SourceId("pacer:" + Convert.ToHexStringLower(hash)[..16]), SourceKind.CourtRecord, "PACER", $"Docket report {Path.GetFileName(path)}", null, path, null);
}

/// <summary>A report file to import; <see cref="FoundInFolder"/> when it was found by searching a folder rather than named.</summary>
public sealed record ReportToImport(string Path, bool FoundInFolder = false);

/// <summary>
/// How to import: the court id for every file (default: from each file's name, checked), whether to
/// stop at the first file that is not imported, and whether to import reports cut short as far as
/// they go instead of refusing them (their case is then marked partial, and their source's title
/// says so, until a complete report of the docket is imported; the last entry read is left out).
/// </summary>
public sealed record ImportOptions(string? Court = null, bool Strict = false, bool Partial = false);

/// <summary>What became of one file.</summary>
public enum ImportOutcome
{
    /// <summary>Stored (merged with what was stored before).</summary>
    Imported,

    /// <summary>A page that is not a docket report, found in a folder and passed over.</summary>
    NotADocket,

    /// <summary>Not imported; <see cref="FileOutcome.Problem"/> says why.</summary>
    Failed,
}

/// <summary>One file's outcome: its case and what the merge did when imported, the problem otherwise.</summary>
public sealed record FileOutcome(string Path, ImportOutcome Outcome, string? Problem, CaseId? Case, ImportResult? Result);

/// <summary>A whole import: every file's outcome in order (files after a strict stop are absent) and the time it took.</summary>
public sealed record ImportSummary(int Files, IReadOnlyList<FileOutcome> Outcomes, TimeSpan Elapsed)
{
    public int Imported => Outcomes.Count(o => o.Outcome == ImportOutcome.Imported);

    public int Failed => Outcomes.Count(o => o.Outcome == ImportOutcome.Failed);

    public int Skipped => Outcomes.Count(o => o.Outcome == ImportOutcome.NotADocket);

    public int EntriesAdded => Sum(r => r.EntriesAdded);

    public int EntriesUpdated => Sum(r => r.EntriesUpdated);

    public int EntriesUnchanged => Sum(r => r.EntriesUnchanged);

    public int EntriesKept => Sum(r => r.EntriesKept);

    /// <summary>Entries read from the reports per second of the whole import.</summary>
    public double EntriesPerSecond => Elapsed.TotalSeconds > 0 ? (EntriesAdded + EntriesUpdated + EntriesUnchanged) / Elapsed.TotalSeconds : 0;

    private int Sum(Func<ImportResult, int> f) => Outcomes.Where(o => o.Result is not null).Sum(o => f(o.Result!));
}

/// <summary>A file made ready to store (<see cref="Docket"/>), or what kept it from being stored (<see cref="Outcome"/>).</summary>
internal sealed record Prepared(string Path, long Bytes, DocketToImport? Docket, FileOutcome? Outcome);
