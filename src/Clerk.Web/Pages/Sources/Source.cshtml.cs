using Clerk.App;
using Clerk.App.Access;
using Clerk.App.Editing;
using Clerk.App.Sources;
using Clerk.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Sources;

/// <summary>A source (a news report, a court record) with every fact that cites it.</summary>
public sealed class SourceModel(SourceReader sources, RecordEditor editor, Viewer viewer) : PageModel
{
    public SourceView View { get; private set; } = null!;

    /// <summary>Every change made to the source itself (not to the facts that cite it).</summary>
    public ChangeList History { get; private set; } = null!;

    /// <summary>True when the viewer may change the source: the page links to its form.</summary>
    public bool CanEdit => viewer.CanEdit;

    /// <summary>True when the page follows a save.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? SavedMark { get; set; }

    public bool Saved => SavedMark is not null;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            View = await sources.ReadAsync(new SourceId(id), ct);
            History = new(await editor.Sources.HistoryAsync(View.Source.Id, ct));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
