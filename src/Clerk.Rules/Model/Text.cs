using System.Globalization;
using NodaTime;

namespace Clerk.Rules.Model;

/// <summary>The one way dates and units are written in explanations, independent of the machine's culture.</summary>
internal static class Text
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(LocalDate date) => $"{date.DayOfWeek} {Date(date)}";

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
        _ => "no service",
    };
}
