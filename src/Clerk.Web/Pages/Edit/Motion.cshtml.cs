using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.Web.Pages.Edit;

/// <summary>Adds a motion to a case or changes one, its ruling included.</summary>
public sealed class MotionModel(RecordEditor editor, CaseReader cases, Viewer viewer) : CaseEditPage<Motion, MotionForm>(editor, cases, viewer)
{
    protected override EditedKind<Motion, MotionForm> Kind => EditedKinds.Motions;
}
