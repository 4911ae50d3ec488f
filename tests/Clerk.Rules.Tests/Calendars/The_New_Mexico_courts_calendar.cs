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
        // day after Thanksgiving. Juneteenth (Friday 2026-06-19) and Indigenous Peoples' Day (Monday 2026-10-12) are
        // on the New Mexico Judicial Branch's 2026 schedule as the issue 11 review reports it (rows unconfirmed).
        LocalDate[] expected =
        [
            new(2026, 1, 1), new(2026, 1, 19), new(2026, 5, 25), new(2026, 6, 19), new(2026, 7, 3), new(2026, 9, 7),
            new(2026, 10, 12), new(2026, 11, 11), new(2026, 11, 26), new(2026, 11, 27), new(2026, 12, 25),
        ];

        Assert.Equal(expected, Dates(2026));
    }

    [Fact]
    public void Keeps_the_courts_open_on_the_third_Monday_of_February()
    {
        Assert.DoesNotContain(new LocalDate(2026, 2, 16), Dates(2026));
    }

    [Fact]
    public void Counts_the_second_Monday_of_October_from_the_2014_rule_on_and_not_before()
    {
        // Columbus Day 2013-10-14 (before Order No. 14-8300-016), 2015-10-12 and 2024-10-14 (the 2014 rule, as the review
        // reads it), Indigenous Peoples' Day 2025-10-13 (the rule effective 2024-12-31).
        Assert.DoesNotContain(new LocalDate(2013, 10, 14), Dates(2013));
        Assert.Contains(new LocalDate(2015, 10, 12), Dates(2015));
        Assert.Contains(new LocalDate(2024, 10, 14), Dates(2024));
        Assert.Single(RuleBook.Default.Holidays("us-nm-courts", 2025), h => h.Date == new LocalDate(2025, 10, 13) && h.Name == "Indigenous Peoples' Day");
    }

    [Fact]
    public void Counts_Juneteenth_from_2025_and_marks_it_unconfirmed()
    {
        Assert.DoesNotContain(new LocalDate(2024, 6, 19), Dates(2024));
        var juneteenth = Assert.Single(RuleBook.Default.Holidays("us-nm-courts", 2025), h => h.Date == new LocalDate(2025, 6, 19));
        Assert.Equal("juneteenth", juneteenth.RowId);
        Assert.NotNull(juneteenth.Unconfirmed);
    }

    [Fact]
    public void Cites_the_state_statute_or_schedule_for_every_holiday()
    {
        Assert.All(RuleBook.Default.Holidays("us-nm-courts", 2025),
            h => Assert.True(h.Authority.Contains("12-5-2", StringComparison.Ordinal) || h.Authority.Contains("schedule", StringComparison.Ordinal) || h.Authority.Contains("Rule 1-006", StringComparison.Ordinal), h.Authority));
    }
}
