using Clerk.App;
using Clerk.App.Sources;
using Clerk.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Sources;

/// <summary>A source (a news report, a court record) with every fact that cites it.</summary>
public sealed class SourceModel(SourceReader sources) : PageModel
{
    public SourceView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            View = await sources.ReadAsync(new SourceId(id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
