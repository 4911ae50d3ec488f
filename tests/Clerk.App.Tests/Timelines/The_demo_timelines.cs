using Clerk.App.Cases;
using Clerk.App.Demo;
using Clerk.App.Timelines;
using Clerk.Domain;
using NodaTime;
using NodaTime.Testing;

namespace Clerk.App.Tests.Timelines;

public class The_demo_timelines
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CaseDeadlineService Service(TempStore db) => new(new CaseReader(db.Store, Clerk.App.Access.Viewer.Operator), new FakeClock(Instant.FromUtc(2023, 9, 1, 12, 0)));

    [Fact]
    public async Task The_civil_suit_shows_both_denied_motions_on_the_day_of_the_ruling()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        var report = await Service(db).ForCaseAsync(new CaseId("rust-civil"), ct: Ct);
        var t = CaseTimeline.For(report);
        var rulings = t.Items.Where(p => p.Item.Kind == TimelineItemKind.Ruling).ToList();
        Assert.Equal(2, rulings.Count);
        Assert.All(rulings, r => Assert.Equal(new LocalDate(2023, 8, 23), r.Item.Start));
        Assert.All(rulings, r => Assert.Contains("denied", r.Item.Label, StringComparison.Ordinal));
        Assert.Contains(t.Lanes, l => l.Name == "Motions");
    }

    [Fact]
    public async Task The_limitation_window_runs_from_the_injury_to_the_last_day()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        var report = await Service(db).ForCaseAsync(new CaseId("rust-civil"), ct: Ct);
        var window = Assert.Single(CaseTimeline.For(report).Items, p => p.Item.Kind == TimelineItemKind.LimitationWindow);
        Assert.Equal(new LocalDate(2021, 10, 21), window.Item.Start);
        Assert.Equal(new LocalDate(2024, 10, 21), window.Item.End);
        Assert.True(window.XEnd > window.X);
        Assert.Contains("2024-10-21", window.Item.Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filing_known_only_to_the_month_covers_the_whole_month()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        var report = await Service(db).ForCaseAsync(new CaseId("rust-civil"), ct: Ct);
        var filed = Assert.Single(CaseTimeline.For(report).Items, p => p.Item.Kind == TimelineItemKind.Filed);
        Assert.Equal((new LocalDate(2023, 2, 1), new LocalDate(2023, 2, 28)), (filed.Item.Start, filed.Item.End));
        Assert.Equal("about 2023-02", filed.Item.DateText);
    }

    [Fact]
    public async Task Every_demo_item_names_the_source_it_links_to()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        foreach (var id in new[] { "rust-civil", "rust-criminal" })
        {
            var report = await Service(db).ForCaseAsync(new CaseId(id), ct: Ct);
            var sources = report.File.Matter.Sources.Select(s => s.Id).ToHashSet();
            Assert.All(CaseTimeline.For(report).Items, p => Assert.Contains(p.Item.Source!.Value, sources));
        }
    }

    [Fact]
    public async Task The_incident_puts_the_criminal_case_and_the_civil_suit_side_by_side()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        var view = await new IncidentTimeline(db.Store, Service(db)).ReadAsync(new IncidentId("rust-shooting"), Ct);
        Assert.Equal(["Incident", "State of New Mexico v. Alec Baldwin", "Three \"Rust\" crew members v. Alec Baldwin and El Dorado Pictures"],
            view.Timeline.Lanes.Select(l => l.Name));
        var incident = Assert.Single(view.Timeline.Lanes[0].Items);
        Assert.Equal(new LocalDate(2021, 10, 21), incident.Item.Start);
        Assert.Contains(view.Timeline.Lanes[2].Items, p => p.Item.Kind == TimelineItemKind.Ruling);
    }

    [Fact]
    public async Task An_unknown_incident_is_not_found()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        await Assert.ThrowsAsync<NotFoundException>(() => new IncidentTimeline(db.Store, Service(db)).ReadAsync(new IncidentId("nope"), Ct));
    }
}
