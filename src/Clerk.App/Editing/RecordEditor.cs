using Clerk.App.Access;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.History;
using NodaTime;

namespace Clerk.App.Editing;

/// <summary>
/// Every editor for one viewer: a case's own fields, its docket entries, motions and rulings, charges
/// and dispositions, claims and statements, and sources; and a case's whole history.
/// </summary>
public sealed class RecordEditor(ClerkStore store, Viewer viewer, IClock clock)
{
    public CaseRecordEditor<Case, CaseForm> Cases { get; } = new(store, viewer, clock, RecordKinds.Cases);

    public CaseRecordEditor<DocketEntry, EntryForm> Entries { get; } = new(store, viewer, clock, RecordKinds.Entries);

    public CaseRecordEditor<Motion, MotionForm> Motions { get; } = new(store, viewer, clock, RecordKinds.Motions);

    public CaseRecordEditor<Charge, ChargeForm> Charges { get; } = new(store, viewer, clock, RecordKinds.Charges);

    public CaseRecordEditor<Claim, ClaimForm> Claims { get; } = new(store, viewer, clock, RecordKinds.Claims);

    public CaseRecordEditor<Statement, StatementForm> Statements { get; } = new(store, viewer, clock, RecordKinds.Statements);

    public SourceEditor Sources { get; } = new(store, viewer, clock);

    /// <summary>Every change to every record of the case, oldest first.</summary>
    /// <exception cref="NotFoundException">No such case, or the viewer may not see it.</exception>
    public async Task<IReadOnlyList<ChangeRow>> CaseHistoryAsync(CaseId @case, CancellationToken ct = default)
    {
        await new CaseAccessService(store).EnsureVisibleAsync(viewer, @case, ct);
        return await store.CaseChangesAsync(@case, ct);
    }
}
