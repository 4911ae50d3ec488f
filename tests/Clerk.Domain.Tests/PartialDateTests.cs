using NodaTime;

namespace Clerk.Domain.Tests;

public class PartialDateTests
{
    [Fact]
    public void A_month_stands_for_every_day_of_that_month()
    {
        var date = PartialDate.Parse("2023-02");
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(new LocalDate(2023, 2, 1), date.Earliest);
        Assert.Equal(new LocalDate(2023, 2, 28), date.Latest);
    }

    [Fact]
    public void A_month_in_a_leap_year_ends_on_the_29th()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), PartialDate.Parse("2024-02").Latest);
    }

    [Fact]
    public void A_year_stands_for_the_whole_year()
    {
        var date = PartialDate.Parse("2021");
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal(new LocalDate(2021, 1, 1), date.Earliest);
        Assert.Equal(new LocalDate(2021, 12, 31), date.Latest);
    }

    [Fact]
    public void An_approximate_date_keeps_its_precision_and_says_so()
    {
        var date = PartialDate.Parse("about 2023-02");
        Assert.True(date.Approximate);
        Assert.False(date.IsExact);
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal("about 2023-02", date.ToString());
    }

    [Fact]
    public void An_exact_day_is_exact()
    {
        var date = PartialDate.Parse("2023-08-23");
        Assert.True(date.IsExact);
        Assert.Equal(new LocalDate(2023, 8, 23), date.Earliest);
        Assert.Equal(date.Earliest, date.Latest);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("2023-00-10")]
    [InlineData("2021-02-29")]
    public void A_day_that_does_not_exist_is_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains("not a date that exists", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("23-08-2023")]
    [InlineData("August 2023")]
    [InlineData("2023/08/23")]
    [InlineData("")]
    public void Text_that_is_not_a_date_is_refused_with_the_expected_forms(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains("YYYY-MM-DD, YYYY-MM or YYYY", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-08-23")]
    [InlineData("2023-08")]
    [InlineData("2023")]
    [InlineData("about 2023-02")]
    [InlineData("about 2021-10-21")]
    public void The_text_form_reads_back_to_the_same_date(string text)
    {
        Assert.Equal(text, PartialDate.Parse(text).ToString());
    }

    [Fact]
    public void Dates_order_by_their_earliest_day_then_coarser_first()
    {
        var dates = new[] { "2023-08-23", "2023-08", "2023", "2022-12-31" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["2022-12-31", "2023", "2023-08", "2023-08-23"], dates);
    }
}
