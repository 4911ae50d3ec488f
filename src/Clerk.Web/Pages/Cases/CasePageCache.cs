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
/// server. So the store's <see cref="ClerkStore.DataVersionAsync">data version</see>, which every
/// committed write raises whoever makes it, is part of the key: one read of it per request says
/// whether a kept page is still the page. A page is also kept per set of restricted cases the viewer
/// may not see (its linked cases differ) and only for the day it was judged on.
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
        // Read before the case: a write committed in between is then kept under the older number, which no later request asks for.
        var version = await store.DataVersionAsync(ct);
        var hidden = viewer.SeesEverything ? "" : await HiddenAsync(store, viewer, version, ct);
        var key = new Key(id, version, hidden);

        // A case hidden from the viewer is never kept under the viewer's key: the read below says it is not found.
        if (_pages.TryGetValue(key, out CasePageData? kept) && kept!.Report.Today == CourtClock.Today(clock, kept.Report.File.Court))
        {
            return (kept, Text(key, kept));
        }

        var report = await new CaseDeadlineService(new CaseReader(store, viewer), clock).ForCaseAsync(id, ct: ct);
        var history = await new RecordEditor(store, viewer, clock).CaseHistoryAsync(id, ct);
        var timeline = CaseTimeline.For(report);
        var page = new CasePageData(report, timeline.IsEmpty ? "" : Clerk.Web.TimelineSvg.Write(timeline, Display.Href), history);
        _pages.Set(key, page, new MemoryCacheEntryOptions { Size = 1 });
        return (page, Text(key, page));
    }

    // The restricted cases hidden from an account change only with the store, so they are kept by its version too.
    private async Task<string> HiddenAsync(ClerkStore store, Viewer viewer, long version, CancellationToken ct)
    {
        var key = new HiddenKey(viewer.UserId, version);
        if (_pages.TryGetValue(key, out string? hidden))
        {
            return hidden!;
        }

        var cases = await new CaseAccessService(store).HiddenFromAsync(viewer, ct);
        hidden = string.Join('\n', cases.Select(h => h.Value).Order(StringComparer.Ordinal));
        _pages.Set(key, hidden, new MemoryCacheEntryOptions { Size = 1 });
        return hidden;
    }

    private static string Text(Key key, CasePageData page) =>
        $"{key.Case.Value}\n{key.Version}\n{page.Report.Today:yyyy-MM-dd}\n{key.Hidden}";

    public void Dispose() => _pages.Dispose();

    private sealed record Key(CaseId Case, long Version, string Hidden);

    private sealed record HiddenKey(string? UserId, long Version);
}
