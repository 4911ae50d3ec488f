namespace Clerk.Store;

/// <summary>
/// What importing one docket did to its case: docket entries added, changed and unchanged, entries
/// kept from earlier reports that this one does not list, and whether the report was taken as the
/// newest (which makes its parties, roles and charges the current ones).
/// </summary>
public sealed record ImportResult(int EntriesAdded, int EntriesUpdated, int EntriesUnchanged, int EntriesKept, bool Newest);

/// <summary>One docket report to merge into its case (see <see cref="ClerkStore.ImportDockets"/>).</summary>
/// <param name="Report">The report's facts: exactly one source, cited by every citation.</param>
/// <param name="Case">The case the report is the docket of.</param>
/// <param name="Partial">For a report cut short and imported as far as it goes, where it ends.</param>
public sealed record DocketToImport(Clerk.Domain.Matter Report, Clerk.Domain.CaseId Case, string? Partial = null)
{
    // The report as checked by Checked: it broke no rule and named no fact outside itself.
    private Clerk.Domain.Matter? _selfContained;

    /// <summary>
    /// The same, with the report's rules checked now, on the calling thread: a report that breaks none
    /// and names no fact outside itself is then not checked again by the one thread that writes
    /// (a tenth of its time for a large docket). Anything else is checked there, against what is stored.
    /// </summary>
    public static DocketToImport Checked(Clerk.Domain.Matter report, Clerk.Domain.CaseId @case, string? partial = null)
    {
        var outside = false;
        var violations = report.Violations(_ =>
        {
            outside = true;
            return true;
        });
        return new DocketToImport(report, @case, partial) { _selfContained = violations.Count == 0 && !outside ? report : null };
    }

    /// <summary>
    /// For a docket too large to hold: its entries, each with its citation of the report, in docket
    /// order and numbered from 1, read as they are enumerated (<see cref="Report"/> then holds none
    /// of them). They are written a slice at a time, so memory stays flat for a docket of any size: a
    /// new case's as they are read, and for a case already stored, they are read twice (see
    /// <see cref="Merging.DocketMerge"/>), the first time for outlines of what to merge.
    /// </summary>
    public IEnumerable<(Clerk.Domain.DocketEntry Entry, Clerk.Domain.Citation Citation)>? ReadEntries { get; init; }

    /// <summary>True when <see cref="Checked"/> found that <see cref="Report"/> (this very one) needs no check against the store.</summary>
    internal bool NeedsNoCheck => ReferenceEquals(_selfContained, Report);
}

/// <summary>What became of one docket of a batch: what the merge did, or why nothing of it was stored.</summary>
public sealed record DocketOutcome(ImportResult? Result, Exception? Error);
