using NodaTime;

namespace Clerk.Rules.Tests.Calendars;

public sealed class The_New_Mexico_courts_calendar
{
    private static IReadOnlyList<LocalDate> Dates(int year) =>
        [.. RuleBook.Default.Holidays("us-nm-courts", year).Select(h => h.Date)];

    [Fact]
    public void Lists_the_state_court_holidays_of_2026()
    {
        // Independence Day falls on Saturday 2026-07-04 and is observed Friday; Presidents' Day is observed on the
        // day after Thanksgiving; Indigenous Peoples' Day and Juneteenth are not applied (see calendars.yaml).
        LocalDate[] expected =
        [
            new(2026, 1, 1), new(2026, 1, 19), new(2026, 5, 25), new(2026, 7, 3), new(2026, 9, 7),
            new(2026, 11, 11), new(2026, 11, 26), new(2026, 11, 27), new(2026, 12, 25),
        ];

        Assert.Equal(expected, Dates(2026));
    }

    [Fact]
    public void Keeps_the_courts_open_on_the_third_Monday_of_February_and_the_second_Monday_of_October()
    {
        Assert.DoesNotContain(new LocalDate(2026, 2, 16), Dates(2026));
        Assert.DoesNotContain(new LocalDate(2026, 10, 12), Dates(2026));
    }

    [Fact]
    public void Cites_the_state_statute_or_schedule_for_every_holiday()
    {
        Assert.All(RuleBook.Default.Holidays("us-nm-courts", 2025),
            h => Assert.True(h.Authority.Contains("12-5-2", StringComparison.Ordinal) || h.Authority.Contains("schedule", StringComparison.Ordinal), h.Authority));
    }
}
