using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.Web.Pages.Edit;

/// <summary>Changes a case's own fields: caption, court, docket number, kind, status, judge, dates.</summary>
public sealed class CaseModel(RecordEditor editor, CaseReader cases, Viewer viewer) : CaseEditPage<Case, CaseForm>(editor, cases, viewer)
{
    public override string Heading => $"Change the case {CaseFile.Case.Caption}";

    protected override EditedKind<Case, CaseForm> Kind => EditedKinds.Cases;

    // The form changes the case the route names: there is no adding a case here.
    protected override string? KeyOf(string id, string? key) => id;
}
