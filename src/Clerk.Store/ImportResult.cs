namespace Clerk.Store;

/// <summary>
/// What importing one docket did to its case: docket entries added, changed and unchanged, entries
/// kept from earlier reports that this one does not list, and whether the report was taken as the
/// newest (which makes its parties, roles and charges the current ones).
/// </summary>
public sealed record ImportResult(int EntriesAdded, int EntriesUpdated, int EntriesUnchanged, int EntriesKept, bool Newest);
