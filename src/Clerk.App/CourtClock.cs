using Clerk.Domain;
using NodaTime;

namespace Clerk.App;

/// <summary>What day it is for a court: a deadline is a day in the court's own calendar.</summary>
public static class CourtClock
{
    /// <summary>Today in the court's time zone (UTC when there is no court or its zone is unknown).</summary>
    public static LocalDate Today(IClock clock, Court? court)
    {
        var zone = court is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(court.TimeZone);
        return clock.GetCurrentInstant().InZone(zone ?? DateTimeZone.Utc).Date;
    }
}
