using System.Globalization;
using NodaTime;

namespace Clerk.Rules.Model;

/// <summary>The one way dates and units are written in explanations, independent of the machine's culture.</summary>
internal static class Text
{
    // Formatted by hand rather than with a NodaTime pattern, whose first use costs milliseconds at start-up.
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>A time of day as HH:mm.</summary>
    public static string Time(LocalTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Hour:D2}:{time.Minute:D2}");

    private static readonly string[] WeekdayNames = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Weekday(LocalDate date) => WeekdayNames[(int)date.DayOfWeek];

    public static string Day(LocalDate date) => $"{Weekday(date)} {Date(date)}";

    public static string Units(int count, PeriodUnit unit)
    {
        var name = unit switch
        {
            PeriodUnit.Days => "day",
            PeriodUnit.Weeks => "week",
            PeriodUnit.Months => "month",
            _ => "year",
        };
        return count == 1 ? $"1 {name}" : $"{count.ToString(CultureInfo.InvariantCulture)} {name}s";
    }

    public static string Service(ServiceMethod method) => method switch
    {
        ServiceMethod.Electronic => "electronic service",
        ServiceMethod.Mail => "service by mail",
        ServiceMethod.LeftWithClerk => "service by leaving with the clerk",
        ServiceMethod.OtherConsented => "service by other consented means",
        ServiceMethod.Facsimile => "service by facsimile",
        ServiceMethod.CourtFacility => "service by deposit at a court facility",
        _ => "no service",
    };
}
