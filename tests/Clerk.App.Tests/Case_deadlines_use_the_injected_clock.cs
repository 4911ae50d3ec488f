using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Demo;
using Clerk.Domain;
using NodaTime;
using NodaTime.Testing;

namespace Clerk.App.Tests;

public class Case_deadlines_use_the_injected_clock
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Today_is_the_clock_s_day_in_the_court_s_time_zone(Db kind)
    {
        using var db = new TempStore(kind);
        await DemoMatter.StoreAsync(db.Store, Ct);
        // 2026-12-04 03:00 UTC is still 2026-12-03 in New Mexico (UTC-7 in winter).
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 3, 0));
        var report = await new CaseDeadlineService(new CaseReader(db.Store, Viewer.Operator), clock).ForCaseAsync(new CaseId("rust-civil"), ct: Ct);
        Assert.Equal(new LocalDate(2026, 12, 3), report.Today);
        Assert.Equal("us-nm", report.RuleSetId);
        Assert.NotEmpty(report.Limitations);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_explicit_day_wins_over_the_clock(Db kind)
    {
        using var db = new TempStore(kind);
        await DemoMatter.StoreAsync(db.Store, Ct);
        var clock = new FakeClock(Instant.FromUtc(2030, 1, 1, 12, 0));
        var report = await new CaseDeadlineService(new CaseReader(db.Store, Viewer.Operator), clock).ForCaseAsync(new CaseId("rust-civil"), new LocalDate(2023, 9, 1), Ct);
        Assert.Equal(new LocalDate(2023, 9, 1), report.Today);
        // Ten court days after the 2023-08-23 denial, skipping weekends and Labor Day (2023-09-04).
        var answer = Assert.Single(report.Deadlines, d => d.Rule.Id == "answer-after-motion-denied");
        Assert.Equal(new LocalDate(2023, 9, 7), answer.Deadline.Due);
        Assert.NotEqual(Rules.Cases.DeadlineStatus.Missed, answer.Status);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unknown_case_is_not_found_naming_the_database(Db kind)
    {
        using var db = new TempStore(kind);
        var e = await Assert.ThrowsAsync<NotFoundException>(() => new CaseReader(db.Store, Viewer.Operator).ReadAsync(new CaseId("nope"), Ct));
        Assert.Contains(db.Shown, e.Message, StringComparison.Ordinal);
    }
}
