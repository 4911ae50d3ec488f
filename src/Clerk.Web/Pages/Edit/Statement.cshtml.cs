using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.Web.Pages.Edit;

/// <summary>Adds a statement to a case or changes one: who said what, for whom, when.</summary>
public sealed class StatementModel(RecordEditor editor, CaseReader cases, Viewer viewer) : CaseEditPage<Statement, StatementForm>(editor, cases, viewer)
{
    protected override EditedKind<Statement, StatementForm> Kind => EditedKinds.Statements;
}
