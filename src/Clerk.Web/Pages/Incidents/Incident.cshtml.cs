using Clerk.App;
using Clerk.App.Timelines;
using Clerk.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Incidents;

/// <summary>An incident and every case it started, side by side on one timeline.</summary>
public sealed class IncidentModel(IncidentTimeline incidents) : PageModel
{
    public IncidentView View { get; private set; } = null!;

    public string TimelineSvgText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            View = await incidents.ReadAsync(new IncidentId(id), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        TimelineSvgText = View.Timeline.IsEmpty ? "" : TimelineSvg.Write(View.Timeline, Display.Href);
        return Page();
    }
}
