using Clerk.Rules.Tests.Data;
using NodaTime;

namespace Clerk.Rules.Tests.Properties;

/// <summary>
/// Exhaustive checks over every trigger day from 1990 to 2100, for every rule set and so every calendar (us-federal,
/// us-nm-courts, and the federal calendar with New Mexico's holidays): a forward due date is never a closed day and
/// never earlier than the plain end of the period; a backward one is never a closed day and never later; and adding a
/// holiday to a calendar never makes a forward due date earlier or a backward one later.
/// </summary>
public sealed class Every_calendar_1990_to_2100
{
    private static readonly int[] PeriodsInDays = [1, 2, 3, 5, 7, 10, 11, 14, 21, 28, 30, 60];

    public static TheoryData<string> RuleSets() => [.. RuleBook.Default.RuleSetIds];

    /// <summary>The days closed for a period in this direction, read from the published holiday lists.</summary>
    private static HashSet<LocalDate> ClosedDays(RuleBook book, string ruleSet, Direction direction)
    {
        string[] calendars = (ruleSet, direction) switch
        {
            ("us-nm", _) => ["us-nm-courts"],
            ("us-fed-nm", Direction.After) => ["us-federal", "us-nm-courts"],
            _ => ["us-federal"],
        };
        return [.. calendars.SelectMany(c => Enumerable.Range(1989, 2101 - 1989 + 1).SelectMany(y => book.Holidays(c, Math.Clamp(y, RuleBook.FirstYear, RuleBook.LastYear)))).Select(h => h.Date)];
    }

    private static IEnumerable<DeadlineRequest> Requests(string ruleSet, LocalDate from, LocalDate to)
    {
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            foreach (var n in PeriodsInDays)
            {
                yield return new DeadlineRequest(ruleSet, day, n, PeriodUnit.Days, Direction.After);
                yield return new DeadlineRequest(ruleSet, day, n, PeriodUnit.Days, Direction.Before);
            }

            yield return new DeadlineRequest(ruleSet, day, 1, PeriodUnit.Months, Direction.After);
            yield return new DeadlineRequest(ruleSet, day, 1, PeriodUnit.Years, Direction.After);
        }
    }

    private static bool IsWeekend(LocalDate d) => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void A_due_date_is_never_a_closed_day_nor_on_the_wrong_side_of_the_plain_end(string ruleSet)
    {
        var closedAfter = ClosedDays(RuleBook.Default, ruleSet, Direction.After);
        var closedBefore = ClosedDays(RuleBook.Default, ruleSet, Direction.Before);
        var failures = new List<string>();
        foreach (var r in Requests(ruleSet, new LocalDate(1990, 3, 1), new LocalDate(2100, 10, 31)))
        {
            var due = RuleBook.Default.ComputeDue(r);
            var plain = Generators.PlainEnd(r);
            var closed = r.Direction == Direction.After ? closedAfter : closedBefore;
            var wrongSide = r.Direction == Direction.After ? due < plain : due > plain;
            if (IsWeekend(due) || closed.Contains(due) || wrongSide)
            {
                failures.Add($"{r.Trigger:uuuu-MM-dd} {r.Count}{r.Unit} {r.Direction}: {due:uuuu-MM-dd} (plain end {plain:uuuu-MM-dd})");
            }
        }

        Assert.Empty(failures.Take(20));
    }

    /// <summary>Days spread over the whole range, weekdays and weekends, on which a test closure is added.</summary>
    public static TheoryData<string> AddedDays() =>
    [
        .. Enumerable.Range(0, 24).Select(i => new LocalDate(1990, 6, 1).PlusDays(i * 1699 + (i % 7)).ToString("uuuu-MM-dd", null)),
    ];

    [Theory]
    [MemberData(nameof(AddedDays))]
    public void Adding_a_holiday_never_makes_a_forward_due_date_earlier_or_a_backward_one_later(string added)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(added).Value;
        var closure = $"""

              - calendar: us-federal
                date: {added}
                name: Added for the test
                authority: none
              - calendar: us-nm-courts
                date: {added}
                name: Added for the test
                authority: none
            """;
        var book = EmbeddedData.Load("closures.yaml", text => text + closure.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains(book.Holidays("us-federal", day.Year), h => h.Date == day);

        var failures = new List<string>();
        foreach (var ruleSet in book.RuleSetIds)
        {
            // Every period above ends within 60 days (or a month or year) of its trigger: triggers around the added day
            // are the ones it can move.
            foreach (var r in Requests(ruleSet, day.PlusDays(-400), day.PlusDays(70)).Where(r => r.Trigger.Year >= RuleBook.FirstYear && r.Trigger.PlusYears(1).Year <= RuleBook.LastYear))
            {
                var before = RuleBook.Default.ComputeDue(r);
                var after = book.ComputeDue(r);
                if (r.Direction == Direction.After ? after < before : after > before)
                {
                    failures.Add($"{ruleSet} {r.Trigger:uuuu-MM-dd} {r.Count}{r.Unit} {r.Direction}: {before:uuuu-MM-dd} became {after:uuuu-MM-dd}");
                }
            }
        }

        Assert.Empty(failures.Take(20));
    }
}
