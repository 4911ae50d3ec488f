using NodaTime;

namespace Clerk.Rules.Bench;

/// <summary>
/// A fixed, reproducible mix of deadline requests: the three rule sets in turn, short and long periods in days,
/// weeks, months and years, both directions, and every service method, over triggers from 1995 to 2085.
/// </summary>
internal static class RequestMix
{
    public static DeadlineRequest[] Create(int size)
    {
        var random = new Random(20261124);
        string[] ruleSets = ["us-fed", "us-fed-nm", "us-nm"];
        (int Count, PeriodUnit Unit)[] periods =
        [
            (3, PeriodUnit.Days), (7, PeriodUnit.Days), (10, PeriodUnit.Days), (14, PeriodUnit.Days), (21, PeriodUnit.Days),
            (28, PeriodUnit.Days), (30, PeriodUnit.Days), (60, PeriodUnit.Days), (90, PeriodUnit.Days),
            (2, PeriodUnit.Weeks), (1, PeriodUnit.Months), (6, PeriodUnit.Months), (3, PeriodUnit.Years),
        ];
        var first = new LocalDate(1995, 1, 1);
        var requests = new DeadlineRequest[size];
        for (var i = 0; i < size; i++)
        {
            var (count, unit) = periods[random.Next(periods.Length)];
            var direction = random.Next(5) == 0 ? Direction.Before : Direction.After;
            var service = (ServiceMethod)random.Next(5);
            requests[i] = new DeadlineRequest(ruleSets[i % 3], first.PlusDays(random.Next(33_000)), count, unit, direction, service);
        }

        return requests;
    }
}
