using NodaTime;

namespace Clerk.Rules.Tests.Calendars;

public sealed class The_federal_calendar
{
    private static IReadOnlyList<LocalDate> Dates(int year) =>
        [.. RuleBook.Default.Holidays("us-federal", year).Where(h => !h.IsClosure).Select(h => h.Date)];

    [Fact]
    public void Lists_the_eleven_holidays_of_5_USC_6103_in_2024()
    {
        LocalDate[] expected =
        [
            new(2024, 1, 1), new(2024, 1, 15), new(2024, 2, 19), new(2024, 5, 27), new(2024, 6, 19), new(2024, 7, 4),
            new(2024, 9, 2), new(2024, 10, 14), new(2024, 11, 11), new(2024, 11, 28), new(2024, 12, 25),
        ];

        Assert.Equal(expected, Dates(2024));
    }

    [Fact]
    public void Observes_New_Years_Day_2022_on_Friday_31_December_2021()
    {
        Assert.Contains(new LocalDate(2021, 12, 31), Dates(2021));
        Assert.DoesNotContain(Dates(2022), d => d.Month == 1 && d.Day <= 3);
    }

    [Fact]
    public void Moves_a_Saturday_holiday_to_Friday_and_a_Sunday_holiday_to_Monday()
    {
        Assert.Contains(new LocalDate(2020, 7, 3), Dates(2020));
        Assert.Contains(new LocalDate(2022, 12, 26), Dates(2022));
        Assert.Contains(RuleBook.Default.Holidays("us-federal", 2022), h => h.Date == new LocalDate(2022, 12, 26) && h.Name.EndsWith("(observed)", StringComparison.Ordinal));
    }

    [Fact]
    public void Has_Juneteenth_from_2021_first_observed_on_Friday_18_June_2021()
    {
        Assert.DoesNotContain(Dates(2020), d => d.Month == 6);
        Assert.Contains(new LocalDate(2021, 6, 18), Dates(2021));
        Assert.Contains(new LocalDate(2023, 6, 19), Dates(2023));
    }

    [Fact]
    public void Cites_5_USC_6103_for_every_holiday()
    {
        Assert.All(RuleBook.Default.Holidays("us-federal", 2030).Where(h => !h.IsClosure),
            h => Assert.Contains("5 U.S.C. 6103", h.Authority, StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_a_presidential_closure_as_a_closure_with_its_authority()
    {
        var closure = Assert.Single(RuleBook.Default.Holidays("us-federal", 2018), h => h.Date == new LocalDate(2018, 12, 5));

        Assert.True(closure.IsClosure);
        Assert.Contains("6(a)(6)(B)", closure.Authority, StringComparison.Ordinal);
    }
}
