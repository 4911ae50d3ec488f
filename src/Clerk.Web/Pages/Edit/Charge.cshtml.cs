using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.Web.Pages.Edit;

/// <summary>Adds a charge to a criminal case or changes one: its statute, and its history up to the disposition.</summary>
public sealed class ChargeModel(RecordEditor editor, CaseReader cases, Viewer viewer) : CaseEditPage<Charge, ChargeForm>(editor, cases, viewer)
{
    protected override EditedKind<Charge, ChargeForm> Kind => EditedKinds.Charges;
}
