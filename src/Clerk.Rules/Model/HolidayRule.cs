using NodaTime;

namespace Clerk.Rules.Model;

/// <summary>Where a holiday that falls on a weekend is observed.</summary>
internal enum Observance
{
    None,
    SaturdayFridaySundayMonday,
    SundayMonday,
}

internal enum HolidayKind
{
    Fixed,
    Floating,
    Relative,
}

/// <summary>
/// One recurring holiday of a calendar, stated as a rule that yields its date in any year: a fixed day of a month,
/// the nth (or last, nth = -1) weekday of a month, or a number of days after another holiday of the same calendar.
/// </summary>
internal sealed record HolidayRule(
    string Id,
    string Name,
    HolidayKind Kind,
    int Month,
    int Day,
    IsoDayOfWeek Weekday,
    int Nth,
    string? RelativeTo,
    int OffsetDays,
    Observance Observance,
    string Authority,
    InForce InForce,
    bool Apply,
    string? Unconfirmed)
{
    /// <summary>The date the holiday falls on in <paramref name="year"/>, before any weekend observance.</summary>
    public LocalDate NominalDate(int year, Func<string, int, LocalDate> other) => Kind switch
    {
        HolidayKind.Fixed => new LocalDate(year, Month, Day),
        HolidayKind.Floating => Nth > 0
            ? new LocalDate(year, Month, 1).With(DateAdjusters.NextOrSame(Weekday)).PlusWeeks(Nth - 1)
            : new LocalDate(year, Month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(Weekday)),
        _ => other(RelativeTo!, year).PlusDays(OffsetDays),
    };

    /// <summary>The day the holiday is observed when its nominal date is <paramref name="nominal"/>.</summary>
    public LocalDate Observed(LocalDate nominal) => (Observance, nominal.DayOfWeek) switch
    {
        (Observance.SaturdayFridaySundayMonday, IsoDayOfWeek.Saturday) => nominal.PlusDays(-1),
        (Observance.SaturdayFridaySundayMonday or Observance.SundayMonday, IsoDayOfWeek.Sunday) => nominal.PlusDays(1),
        _ => nominal,
    };
}
