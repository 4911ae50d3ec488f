using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using NodaTime;

namespace Clerk.App.Calendar;

/// <summary>The deadline calendar across cases: every case's deadlines computed by its court's rules, shown by month.</summary>
public sealed class DeadlineCalendar(CaseReader cases, CaseDeadlineService deadlines, IClock clock)
{
    /// <summary>
    /// The month's grid for the cases <paramref name="visible"/> lets through (the caller's access rule), as of today in
    /// UTC; <paramref name="month"/> defaults to the current one.
    /// </summary>
    public async Task<CalendarMonth> MonthAsync(YearMonth? month, Func<Case, bool> visible, CancellationToken ct = default)
    {
        var today = CourtClock.Today(clock, null);
        var list = await cases.ListAsync(new CaseFilter(), ct);
        var all = new List<(Case, Rules.Cases.CaseDeadline)>();
        foreach (var c in list.Cases.Where(visible))
        {
            var report = await deadlines.ForCaseAsync(c.Id, today, ct);
            all.AddRange(report.Deadlines.Select(d => (c, d)));
        }

        return CalendarMonth.Build(month ?? today.ToYearMonth(), today, all);
    }
}
