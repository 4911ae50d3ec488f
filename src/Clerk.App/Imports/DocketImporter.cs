using System.Diagnostics;
using System.Security.Cryptography;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;

namespace Clerk.App.Imports;

/// <summary>
/// Imports PACER docket reports: each file is parsed, mapped onto the model and merged into its case
/// in one transaction of its own, so a file that fails leaves the others and the database as they were.
/// </summary>
public sealed class DocketImporter(ClerkStore store)
{
    /// <summary>Imports <paramref name="files"/> in order, reporting each file's outcome as it is known.</summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ReportToImport> files, ImportOptions options, IProgress<FileOutcome>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<FileOutcome>(files.Count);
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var outcome = await ImportFileAsync(file, options, ct);
            outcomes.Add(outcome);
            progress?.Report(outcome);
            if (options.Strict && outcome.Outcome != ImportOutcome.Imported)
            {
                break;
            }
        }

        return new ImportSummary(files.Count, outcomes, clock.Elapsed);
    }

    /// <summary>Imports one report file.</summary>
    public async Task<FileOutcome> ImportFileAsync(ReportToImport file, ImportOptions options, CancellationToken ct = default)
    {
        try
        {
            var content = await File.ReadAllBytesAsync(file.Path, ct);
            var parsed = PacerDocketParser.Parse(content, CourtIds.For(file.Path, options.Court));
            if (parsed.Docket is null)
            {
                // A page that is not a docket, met while searching a folder, is passed over unless the
                // import is strict; named on its own, it is a mistake worth an error.
                var skipped = file.FoundInFolder && !options.Strict;
                return new FileOutcome(file.Path, skipped ? ImportOutcome.NotADocket : ImportOutcome.Failed, $"not a docket report: {parsed.NotDocketReason}", null, null);
            }

            var truncation = parsed.Docket.Truncation;
            if (truncation is not null && !options.Partial)
            {
                return new FileOutcome(file.Path, ImportOutcome.Failed, $"partial report: {truncation}; nothing was stored (--partial imports what it holds)", null, null);
            }

            var source = ReportSource(file.Path, content);
            if (truncation is not null)
            {
                // The mapping leaves out the last entry read, which the cut may have shortened.
                truncation += parsed.Docket.EntryCount > 0 ? "; the last one, which the cut may have shortened, was not stored" : "";
                source = source with { Title = $"{source.Title} (partial report: {truncation})" };
            }

            var imported = DocketMapper.ToMatter(parsed.Docket, source);
            var result = store.ImportDocket(imported.Matter, imported.Case, truncation);
            return new FileOutcome(file.Path, ImportOutcome.Imported, null, imported.Case, result);
        }
        // A database error inside one docket's transaction (a constraint, a limit) is that file's
        // failure: its transaction was rolled back and the batch goes on.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or MatterRejectedException or DomainRuleException or ArgumentException or StoreException or System.Data.Common.DbException)
        {
            return new FileOutcome(file.Path, ImportOutcome.Failed, e.Message, null, null);
        }
    }

    /// <summary>The source a report's facts cite: named by a hash of its bytes, so the same report is the same source wherever it lies.</summary>
    public static Source ReportSource(string path, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        return new Source(new SourceId("pacer:" + hash), SourceKind.CourtRecord, "PACER", $"Docket report {Path.GetFileName(path)}", null, path, null);
    }
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
