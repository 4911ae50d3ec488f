using Clerk.App;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Clerk.Web.Pages.Cases;

/// <summary>One case: its facts, its timeline, its deadlines and limitation checks.</summary>
public sealed class CaseModel(CasePageCache pages, ClerkStore store, IClock clock, Viewer viewer) : PageModel
{
    /// <summary>How many of the latest changes the case page lists; the history page has them all.</summary>
    public const int LatestChanges = 10;

    /// <summary>True when the viewer may add and change records: the page then offers the forms.</summary>
    public bool CanEdit => viewer.CanEdit;

    /// <summary>The latest changes to the case's records.</summary>
    public ChangeList History { get; private set; } = null!;

    /// <summary>True when the page follows a save (it says the change is stored and the deadlines recomputed).</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? SavedMark { get; set; }

    public bool Saved => SavedMark is not null;

    public CaseDeadlineReport Report { get; private set; } = null!;

    /// <summary>The timeline as inline SVG, every text escaped.</summary>
    public string TimelineSvgText { get; private set; } = "";

    private ILookup<FactRef, Citation>? _citations;

    // By id: a case whose parties appear in many dockets cites a source per docket.
    private Dictionary<SourceId, Source>? _sources;

    /// <summary>
    /// Names what the page's body shows: the case as the store now holds it, for a viewer who may or
    /// may not edit, with the cases hidden from them; the rendered body is kept under it.
    /// </summary>
    public string PageKey { get; private set; } = "";

    public Case Case => Report.Case;

    public Matter Matter => Report.File.Matter;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        try
        {
            var (page, key) = await pages.ForAsync(store, viewer, clock, new CaseId(id), ct);
            PageKey = $"{key}\n{(CanEdit ? "edit" : "read")}";
            Report = page.Report;
            TimelineSvgText = page.TimelineSvg;
            History = ChangeList.Latest(page.History, LatestChanges, Display.HistoryUrl(Report.Case.Id));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    public string PartyName(PartyId id) => Matter.Parties.FirstOrDefault(p => p.Id == id)?.Name ?? id.Value;

    public string JudgeName(JudgeId id) => Matter.Judges.FirstOrDefault(j => j.Id == id)?.Name ?? id.Value;

    public string CaseCaption(CaseId id) => Matter.Cases.FirstOrDefault(c => c.Id == id)?.Caption ?? id.Value;

    /// <summary>The sources a fact cites, with what each says about it.</summary>
    public IEnumerable<(Source Source, string? Detail)> SourcesOf(FactRef fact) =>
        (_citations ??= Matter.Citations.ToLookup(c => c.Fact))[fact]
            .Select(c => ((_sources ??= Matter.Sources.ToDictionary(s => s.Id)).GetValueOrDefault(c.Source) ?? new Source(c.Source, SourceKind.Other, c.Source.Value, null, null, null, null), c.Detail));
}
