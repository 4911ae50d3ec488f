using Clerk.App;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.Domain;
using Clerk.Web.Pages.Edit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Cases;

/// <summary>Every change to a case's records (who, when, each field before and after), or to one of them.</summary>
public sealed class HistoryModel(RecordEditor editor, CaseReader cases) : PageModel
{
    public CaseFile CaseFile { get; private set; } = null!;

    public ChangeList Changes { get; private set; } = null!;

    /// <summary>The one record shown, in words; null for the whole case.</summary>
    public string? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? kind, string? key, CancellationToken ct)
    {
        try
        {
            CaseFile = await cases.ReadAsync(new CaseId(id), ct);
            if (kind is null || key is null)
            {
                Changes = new(await editor.CaseHistoryAsync(CaseFile.Case.Id, ct));
                return Page();
            }

            if (EditedKinds.HistoryAsync(editor, kind, CaseFile.Case.Id, key, ct) is not { } changes)
            {
                return NotFound();
            }

            Changes = new(await changes);
            Record = $"{kind} {key}";
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
