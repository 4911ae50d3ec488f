using NodaTime;

namespace Clerk.Rules.Tests.Properties;

/// <summary>Every year of the supported range, checked against the rules of 5 U.S.C. 6103 and the New Mexico
/// schedule: how many holidays fall in the year and on which weekdays.</summary>
public sealed class Calendar_properties
{
    public static TheoryData<int> Years() => [.. Enumerable.Range(RuleBook.FirstYear, RuleBook.LastYear - RuleBook.FirstYear + 1)];

    /// <summary>New Year's Day observed on 31 December moves one holiday from the next year into this one.</summary>
    private static int NewYearShift(int year) =>
        (new LocalDate(year + 1, 1, 1).DayOfWeek == IsoDayOfWeek.Saturday ? 1 : 0)
        - (new LocalDate(year, 1, 1).DayOfWeek == IsoDayOfWeek.Saturday ? 1 : 0);

    private static void NthWeekday(IReadOnlyList<Holiday> holidays, string name, int month, IsoDayOfWeek weekday, int firstDay, int lastDay)
    {
        var h = Assert.Single(holidays, h => h.Name.StartsWith(name, StringComparison.Ordinal));
        Assert.Equal((month, weekday), (h.Date.Month, h.Date.DayOfWeek));
        Assert.InRange(h.Date.Day, firstDay, lastDay);
    }

    private static void Fixed(IReadOnlyList<Holiday> holidays, string name, LocalDate nominal)
    {
        var expected = nominal.DayOfWeek switch
        {
            IsoDayOfWeek.Saturday => nominal.PlusDays(-1),
            IsoDayOfWeek.Sunday => nominal.PlusDays(1),
            _ => nominal,
        };
        if (expected.Year == nominal.Year)
        {
            Assert.Contains(holidays, h => h.Date == expected && h.Name.StartsWith(name, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_federal_calendar_has_the_right_holidays_in_every_year(int year)
    {
        var holidays = RuleBook.Default.Holidays("us-federal", year).Where(h => !h.IsClosure).ToList();

        Assert.Equal(10 + (year >= 2021 ? 1 : 0) + NewYearShift(year), holidays.Count);
        Assert.All(holidays, h => Assert.InRange((int)h.Date.DayOfWeek, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Friday));
        NthWeekday(holidays, "Birthday of Martin Luther King", 1, IsoDayOfWeek.Monday, 15, 21);
        NthWeekday(holidays, "Washington's Birthday", 2, IsoDayOfWeek.Monday, 15, 21);
        NthWeekday(holidays, "Memorial Day", 5, IsoDayOfWeek.Monday, 25, 31);
        NthWeekday(holidays, "Labor Day", 9, IsoDayOfWeek.Monday, 1, 7);
        NthWeekday(holidays, "Columbus Day", 10, IsoDayOfWeek.Monday, 8, 14);
        NthWeekday(holidays, "Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 22, 28);
        Fixed(holidays, "New Year's Day", new LocalDate(year, 1, 1));
        Fixed(holidays, "Independence Day", new LocalDate(year, 7, 4));
        Fixed(holidays, "Veterans Day", new LocalDate(year, 11, 11));
        Fixed(holidays, "Christmas Day", new LocalDate(year, 12, 25));
        if (year >= 2022)
        {
            Fixed(holidays, "Juneteenth", new LocalDate(year, 6, 19));
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_New_Mexico_courts_calendar_has_the_right_holidays_in_every_year(int year)
    {
        var holidays = RuleBook.Default.Holidays("us-nm-courts", year).Where(h => !h.IsClosure).ToList();

        // Nine every year; the second Monday of October from 2015 (Columbus Day, then Indigenous Peoples' Day from 2025)
        // and Juneteenth from 2025: Rule 1-006 NMRA as the issue 11 review reads it.
        Assert.Equal(9 + (year >= 2015 ? 1 : 0) + (year >= 2025 ? 1 : 0) + NewYearShift(year), holidays.Count);
        Assert.All(holidays, h => Assert.InRange((int)h.Date.DayOfWeek, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Friday));
        NthWeekday(holidays, "Martin Luther King", 1, IsoDayOfWeek.Monday, 15, 21);
        NthWeekday(holidays, "Memorial Day", 5, IsoDayOfWeek.Monday, 25, 31);
        NthWeekday(holidays, "Labor Day", 9, IsoDayOfWeek.Monday, 1, 7);
        NthWeekday(holidays, "Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 22, 28);
        NthWeekday(holidays, "Day after Thanksgiving", 11, IsoDayOfWeek.Friday, 23, 29);
        if (year >= 2015)
        {
            NthWeekday(holidays, year >= 2025 ? "Indigenous Peoples' Day" : "Columbus Day", 10, IsoDayOfWeek.Monday, 8, 14);
        }

        if (year >= 2025)
        {
            Fixed(holidays, "Juneteenth", new LocalDate(year, 6, 19));
        }
        Fixed(holidays, "New Year's Day", new LocalDate(year, 1, 1));
        Fixed(holidays, "Independence Day", new LocalDate(year, 7, 4));
        Fixed(holidays, "Veterans Day", new LocalDate(year, 11, 11));
        Fixed(holidays, "Christmas Day", new LocalDate(year, 12, 25));
    }
}
