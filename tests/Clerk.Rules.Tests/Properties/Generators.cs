using CsCheck;
using NodaTime;

namespace Clerk.Rules.Tests.Properties;

/// <summary>Random deadline requests over every rule set, unit, direction and service method. Triggers lie in
/// 2001–2089 so that every period (up to 10 years either way), rolled past the non-court days at its end,
/// ends inside the supported years (2000-01-01 less ten years is New Year's Day 1990, which rolls back into 1989).</summary>
internal static class Generators
{
    public static readonly string[] RuleSets = ["us-fed", "us-fed-nm", "us-nm"];

    public static readonly Gen<LocalDate> Dates =
        Gen.Int[new DateOnly(2001, 1, 1).DayNumber, new DateOnly(2089, 12, 31).DayNumber]
            .Select(n => LocalDate.FromDateOnly(DateOnly.FromDayNumber(n)));

    public static readonly Gen<DeadlineRequest> Requests =
        Gen.Select(Gen.OneOfConst(RuleSets), Dates, Gen.Int[0, 10_000], Gen.Enum<PeriodUnit>(), Gen.Enum<Direction>(), Gen.Enum<ServiceMethod>())
            .Select((rules, trigger, n, unit, direction, service) => new DeadlineRequest(rules, trigger, n % (MaxCount(unit) + 1), unit, direction, service));

    public static readonly Gen<DeadlineRequest> ShortNewMexicoPeriods =
        Gen.Select(Dates, Gen.Int[1, 10])
            .Select((trigger, n) => new DeadlineRequest("us-nm", trigger, n, PeriodUnit.Days, Direction.After));

    private static int MaxCount(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => 400,
        PeriodUnit.Weeks => 60,
        PeriodUnit.Months => 60,
        _ => 10,
    };

    /// <summary>The plain calendar count: the trigger moved by the period, no exclusions, no roll, no service days.</summary>
    public static LocalDate PlainEnd(DeadlineRequest r)
    {
        var n = r.Direction == Direction.After ? r.Count : -r.Count;
        return r.Unit switch
        {
            PeriodUnit.Days => r.Trigger.PlusDays(n),
            PeriodUnit.Weeks => r.Trigger.PlusDays(7 * n),
            PeriodUnit.Months => r.Trigger.PlusMonths(n),
            _ => r.Trigger.PlusYears(n),
        };
    }

    /// <summary>The non-court days other than weekends that apply to a period in this direction, read from the
    /// calendars' published holiday lists (federal periods in New Mexico add the state's holidays going forward).</summary>
    public static bool IsHolidayFor(DeadlineRequest r, LocalDate date, bool includeState)
    {
        var calendars = r.RuleSetId switch
        {
            "us-nm" => ["us-nm-courts"],
            "us-fed-nm" when includeState => ["us-federal", "us-nm-courts"],
            _ => new[] { "us-federal" },
        };
        return calendars.Any(c => RuleBook.Default.Holidays(c, date.Year).Any(h => h.Date == date));
    }

    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
