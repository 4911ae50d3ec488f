using Clerk.App;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Timelines;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;

namespace Clerk.Web.Pages.Cases;

/// <summary>What a case page shows, apart from what depends on who is looking (the forms).</summary>
/// <param name="Report">The case read whole, its deadlines and limitation checks as of <see cref="CaseDeadlineReport.Today"/>.</param>
/// <param name="TimelineSvg">The timeline as inline SVG, every text escaped; empty when there is nothing to draw.</param>
/// <param name="History">Every change to the case's records, oldest first.</param>
public sealed record CasePageData(CaseDeadlineReport Report, string TimelineSvg, IReadOnlyList<Clerk.Store.History.ChangeRow> History);

/// <summary>
/// Keeps the case pages the server has built for as long as the store has not changed. A page costs
/// about twenty queries and the deadline rules; a litigation team reads the same cases all day and
/// changes them now and then, often from the command line (an import) rather than through this
/// server. So the store's state as the viewer sees it (<see cref="CaseReader.StateAsync"/>: the data
/// version, which every committed write raises whoever makes it, and the restricted cases hidden from
/// the viewer, whose linked cases differ) is the key: two small reads per request say whether a kept
/// page is still the page. A page is kept only for the day it was judged on.
/// </summary>
public sealed class CasePageCache : IDisposable
{
    /// <summary>How many case pages are kept; the least recently used go first.</summary>
    public const int Capacity = 128;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });

    /// <summary>
    /// The case's page data for <paramref name="viewer"/>, from what is kept when the store is as it
    /// was when it was kept, otherwise read, judged and kept; with the key it is kept under, which
    /// names the store's state, the viewer's hidden cases and the day (a rendered page can be kept by it).
    /// </summary>
    /// <exception cref="NotFoundException">No case has the id, or the viewer may not see it.</exception>
    public async Task<(CasePageData Page, string Key)> ForAsync(ClerkStore store, Viewer viewer, IClock clock, CaseId id, CancellationToken ct)
    {
        // Read before the case: a write committed in between is then kept under the older state, which no later request asks for.
        var reader = new CaseReader(store, viewer);
        var key = new Key(id, await reader.StateAsync(ct));

        // A case hidden from the viewer is never kept under the viewer's key: the read below says it is not found.
        if (_pages.TryGetValue(key, out CasePageData? kept) && kept!.Report.Today == CourtClock.Today(clock, kept.Report.File.Court))
        {
            return (kept, Text(key, kept));
        }

        var report = await new CaseDeadlineService(reader, clock).ForCaseAsync(id, ct: ct);
        var history = await new RecordEditor(store, viewer, clock).CaseHistoryAsync(id, ct);
        var timeline = CaseTimeline.For(report);
        var page = new CasePageData(report, timeline.IsEmpty ? "" : Clerk.Web.TimelineSvg.Write(timeline, Display.Href), history);
        _pages.Set(key, page, new MemoryCacheEntryOptions { Size = 1 });
        return (page, Text(key, page));
    }

    private static string Text(Key key, CasePageData page) =>
        $"{key.Case.Value}\n{page.Report.Today:yyyy-MM-dd}\n{key.State}";

    public void Dispose() => _pages.Dispose();

    // The state names the store's data version and the restricted cases hidden from the viewer (CaseReader.StateAsync).
    private sealed record Key(CaseId Case, string State);
}
