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
public sealed record DocketToImport(Clerk.Domain.Matter Report, Clerk.Domain.CaseId Case, string? Partial = null);

/// <summary>What became of one docket of a batch: what the merge did, or why nothing of it was stored.</summary>
public sealed record DocketOutcome(ImportResult? Result, Exception? Error);
