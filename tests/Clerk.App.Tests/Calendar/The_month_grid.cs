using Clerk.App.Calendar;
using Clerk.App.Cases;
using Clerk.App.Demo;
using Clerk.Domain;
using Clerk.Rules.Cases;
using NodaTime;
using NodaTime.Testing;

namespace Clerk.App.Tests.Calendar;

public class The_month_grid
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Weeks_start_on_monday_and_cover_the_whole_month()
    {
        // October 2024 begins on a Tuesday and ends on a Thursday.
        var m = CalendarMonth.Build(new YearMonth(2024, 10), new LocalDate(2024, 10, 15), []);
        Assert.Equal(new LocalDate(2024, 9, 30), m.Weeks[0][0].Date);
        Assert.All(m.Weeks, w => Assert.Equal(7, w.Count));
        Assert.All(m.Weeks, w => Assert.Equal(IsoDayOfWeek.Monday, w[0].Date.DayOfWeek));
        Assert.Equal(31, m.Weeks.SelectMany(w => w).Count(d => d.InMonth));
        Assert.Equal(5, m.Weeks.Count);
        Assert.Single(m.Weeks.SelectMany(w => w), d => d.IsToday);
        Assert.Equal(new YearMonth(2024, 9), m.Previous);
        Assert.Equal(new YearMonth(2024, 11), m.Next);
    }

    private static async Task<(Case Case, CaseDeadline Deadline)> DemoDeadlineAsync(TempStore db)
    {
        await DemoMatter.StoreAsync(db.Store, Ct);
        var report = await new CaseDeadlineService(new CaseReader(db.Store, Clerk.App.Access.Viewer.Operator), new FakeClock(Instant.FromUtc(2023, 9, 1, 12, 0)))
            .ForCaseAsync(new CaseId("rust-civil"), ct: Ct);
        return (report.Case, report.Deadlines.Single(d => d.Rule.Id == "answer-after-motion-denied"));
    }

    [Fact]
    public async Task A_deadline_is_marked_by_how_it_stands_on_the_day()
    {
        using var db = new TempStore();
        var (_, d) = await DemoDeadlineAsync(db);
        // Due 2023-09-07 (ten court days after the 2023-08-23 denial).
        Assert.Equal(DeadlineMark.Upcoming, CalendarMonth.MarkOf(d, new LocalDate(2023, 8, 31)));
        Assert.Equal(DeadlineMark.DueThisWeek, CalendarMonth.MarkOf(d, new LocalDate(2023, 9, 1)));
        Assert.Equal(DeadlineMark.DueThisWeek, CalendarMonth.MarkOf(d, new LocalDate(2023, 9, 7)));
        Assert.Equal(DeadlineMark.Overdue, CalendarMonth.MarkOf(d, new LocalDate(2023, 9, 8)));
        Assert.Equal(DeadlineMark.Met, CalendarMonth.MarkOf(d with { Status = DeadlineStatus.Met }, new LocalDate(2023, 9, 8)));
    }

    [Fact]
    public async Task A_deadline_sits_on_its_due_day_and_an_overdue_one_is_listed_whatever_the_month()
    {
        using var db = new TempStore();
        var (c, d) = await DemoDeadlineAsync(db);
        var september = CalendarMonth.Build(new YearMonth(2023, 9), new LocalDate(2023, 9, 1), [(c, d)]);
        var cell = september.Weeks.SelectMany(w => w).Single(x => x.Deadlines.Count > 0);
        Assert.Equal(new LocalDate(2023, 9, 7), cell.Date);
        Assert.Empty(september.Overdue);

        var later = CalendarMonth.Build(new YearMonth(2024, 1), new LocalDate(2024, 1, 10), [(c, d)]);
        Assert.DoesNotContain(later.Weeks.SelectMany(w => w), x => x.Deadlines.Count > 0);
        Assert.Equal(d, Assert.Single(later.Overdue).Deadline);
    }

    [Fact]
    public async Task The_month_takes_today_from_the_clock()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        var clock = new FakeClock(Instant.FromUtc(2023, 9, 5, 12, 0));
        var reader = new CaseReader(db.Store, Clerk.App.Access.Viewer.Operator);
        var month = await CalendarMonth.OfAsync(new DeadlineCalendar(reader, new CaseDeadlineService(reader, clock)), null, clock, Ct);
        Assert.Equal(new YearMonth(2023, 9), month.Month);
        Assert.Equal(new LocalDate(2023, 9, 5), month.Today);
        var due = Assert.Single(month.Weeks.SelectMany(w => w).SelectMany(x => x.Deadlines));
        Assert.Equal(DeadlineMark.DueThisWeek, due.Mark);
    }
}
