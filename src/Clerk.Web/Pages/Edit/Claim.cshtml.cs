using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.Web.Pages.Edit;

/// <summary>Adds a claim to a civil case or changes one: who claims against whom, what is alleged, the damages.</summary>
public sealed class ClaimModel(RecordEditor editor, CaseReader cases, Viewer viewer) : CaseEditPage<Claim, ClaimForm>(editor, cases, viewer)
{
    protected override EditedKind<Claim, ClaimForm> Kind => EditedKinds.Claims;
}
