using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.Web.Pages.Edit;

/// <summary>Adds a docket entry to a case or changes one (its text is kept exactly as given).</summary>
public sealed class EntryModel(RecordEditor editor, CaseReader cases, Viewer viewer) : CaseEditPage<DocketEntry, EntryForm>(editor, cases, viewer)
{
    protected override EditedKind<DocketEntry, EntryForm> Kind => EditedKinds.Entries;
}
