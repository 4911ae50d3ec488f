using Clerk.Domain;
using Clerk.Rules.Cases;
using NodaTime;

namespace Clerk.App.Calendar;

/// <summary>How a deadline stands on the calendar, as of today.</summary>
public enum DeadlineMark
{
    /// <summary>Met by a docket entry.</summary>
    Met,
    /// <summary>Due before today and not met.</summary>
    Overdue,
    /// <summary>Due today or in the six days after: the week ahead.</summary>
    DueThisWeek,
    /// <summary>Due later.</summary>
    Upcoming,
}

/// <summary>One deadline of one case on the calendar.</summary>
public sealed record CalendarDeadline(CaseId Case, string Caption, CaseDeadline Deadline, DeadlineMark Mark)
{
    public LocalDate Due => Deadline.Deadline.Due;
}

/// <summary>A day cell: its date, whether it belongs to the month shown, whether it is today, and what is due.</summary>
public sealed record CalendarDay(LocalDate Date, bool InMonth, bool IsToday, IReadOnlyList<CalendarDeadline> Deadlines);

/// <summary>
/// A month as a grid of whole weeks (Monday first), with each case's deadlines on their due day, plus the
/// months before and after for paging. <see cref="Overdue"/> lists every overdue deadline whatever its month, so
/// that nothing late hides in a month nobody opens.
/// </summary>
public sealed record CalendarMonth(YearMonth Month, LocalDate Today, IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks, IReadOnlyList<CalendarDeadline> Overdue)
{
    public YearMonth Previous => Month.OnDayOfMonth(1).PlusMonths(-1).ToYearMonth();

    public YearMonth Next => Month.OnDayOfMonth(1).PlusMonths(1).ToYearMonth();

    /// <summary>How a deadline is marked on <paramref name="today"/>.</summary>
    public static DeadlineMark MarkOf(CaseDeadline deadline, LocalDate today) =>
        deadline.Status == DeadlineStatus.Met ? DeadlineMark.Met
        : deadline.Deadline.Due < today ? DeadlineMark.Overdue
        : deadline.Deadline.Due <= today.PlusDays(6) ? DeadlineMark.DueThisWeek
        : DeadlineMark.Upcoming;

    /// <summary>
    /// The month's grid of every deadline <paramref name="calendar"/> gives (the cases its reader may see), as of today in
    /// UTC by <paramref name="clock"/>; <paramref name="month"/> defaults to the current one.
    /// </summary>
    public static async Task<CalendarMonth> OfAsync(DeadlineCalendar calendar, YearMonth? month, IClock clock, CancellationToken ct = default)
    {
        var today = CourtClock.Today(clock, null);
        // Every deadline, not just the month's: an overdue one is listed whichever month is shown.
        var all = await calendar.AllAsync(ct: ct);
        return Build(month ?? today.ToYearMonth(), today, all.Select(d => (d.Case, d.Deadline)));
    }

    /// <summary>The grid of <paramref name="month"/> holding <paramref name="deadlines"/> marked as of <paramref name="today"/>.</summary>
    public static CalendarMonth Build(YearMonth month, LocalDate today, IEnumerable<(Case Case, CaseDeadline Deadline)> deadlines)
    {
        var marked = deadlines.Select(d => new CalendarDeadline(d.Case.Id, d.Case.Caption, d.Deadline, MarkOf(d.Deadline, today)))
            .OrderBy(d => d.Due).ThenBy(d => d.Case.Value, StringComparer.Ordinal).ToList();
        var byDay = marked.ToLookup(d => d.Due);
        var first = month.OnDayOfMonth(1);
        var start = first.PlusDays(-((int)first.DayOfWeek - 1));
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var weekStart = start; weekStart <= last; weekStart = weekStart.PlusDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => weekStart.PlusDays(i))
                .Select(d => new CalendarDay(d, d.Month == month.Month && d.Year == month.Year, d == today, [.. byDay[d]]))]);
        }

        return new CalendarMonth(month, today, weeks, [.. marked.Where(d => d.Mark == DeadlineMark.Overdue)]);
    }
}
