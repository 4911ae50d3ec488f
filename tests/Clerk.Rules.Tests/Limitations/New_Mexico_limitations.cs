using NodaTime;

namespace Clerk.Rules.Tests.Limitations;

public sealed class New_Mexico_limitations
{
    private static readonly LocalDate RustShooting = new(2021, 10, 21);

    [Theory]
    [InlineData("personal-injury", 3, "NMSA 1978 § 37-1-8", "2023-03-02")]
    [InlineData("wrongful-death", 3, "NMSA 1978 § 41-2-2", "2023-03-02")]
    [InlineData("property-damage", 4, "NMSA 1978 § 37-1-4", "2024-03-04")]
    [InlineData("written-contract", 6, "NMSA 1978 § 37-1-3", "2026-03-02")]
    [InlineData("unwritten-contract", 4, "NMSA 1978 § 37-1-4", "2024-03-04")]
    [InlineData("defamation", 3, "NMSA 1978 § 37-1-8", "2023-03-02")]
    [InlineData("tort-claims-act", 2, "NMSA 1978 § 41-4-15", "2022-03-02")]
    public void Each_claim_kind_has_its_period_in_years_and_its_statute(string claim, int years, string statute, string lastDay)
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", claim, new LocalDate(2020, 3, 2), null);

        Assert.Equal((years, PeriodUnit.Years), (check.Count, check.Unit));
        Assert.StartsWith(statute, check.Statute, StringComparison.Ordinal);
        // From Monday 2020-03-02: 2 March 2024 is a Saturday, so four-year periods roll to Monday 2024-03-04.
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(lastDay).Value, check.LastDay);
    }

    [Fact]
    public void The_Rust_civil_suit_filed_about_sixteen_months_after_the_shooting_is_timely_by_a_range_of_days()
    {
        // Filed some day in February 2023; the three-year period ends Monday 2024-10-21.
        var february = new DateInterval(new LocalDate(2023, 2, 1), new LocalDate(2023, 2, 28));
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", RustShooting, february);

        Assert.Equal(new LocalDate(2024, 10, 21), check.LastDay);
        Assert.True(check.Timely);
        Assert.Equal(601, check.MarginDaysMin);
        Assert.Equal(628, check.MarginDaysMax);
    }

    [Fact]
    public void An_exact_filing_date_gives_equal_margins()
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", RustShooting, new DateInterval(new LocalDate(2024, 10, 21), new LocalDate(2024, 10, 21)));

        Assert.True(check.Timely);
        Assert.Equal(0, check.MarginDaysMin);
        Assert.Equal(0, check.MarginDaysMax);
    }

    [Fact]
    public void A_filing_after_the_last_day_is_late_by_a_negative_margin()
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", RustShooting, new DateInterval(new LocalDate(2024, 10, 23), new LocalDate(2024, 10, 23)));

        Assert.False(check.Timely);
        Assert.Equal(-2, check.MarginDaysMin);
        Assert.Contains(check.Steps, s => s.Contains("late by 2 days", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filing_range_that_straddles_the_last_day_is_neither_timely_nor_late()
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", RustShooting, new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 31)));

        Assert.Null(check.Timely);
        Assert.Equal(-10, check.MarginDaysMin);
        Assert.Equal(20, check.MarginDaysMax);
    }

    [Fact]
    public void The_claim_kinds_of_New_Mexico_include_the_five_the_issue_names_and_the_plain_federal_set_has_none()
    {
        Assert.Superset(
            new HashSet<string>(["personal-injury", "wrongful-death", "property-damage", "written-contract", "unwritten-contract"]),
            RuleBook.Default.ClaimKinds("us-nm").ToHashSet());
        // The federal court also hears 1983 claims, which borrow the state's personal-injury period.
        Assert.Equal([.. RuleBook.Default.ClaimKinds("us-nm"), "civil-rights-1983"], RuleBook.Default.ClaimKinds("us-fed-nm"));
        Assert.Empty(RuleBook.Default.ClaimKinds("us-fed"));
    }

    [Fact]
    public void The_explanation_cites_the_statute_and_says_what_is_not_modelled()
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", new LocalDate(2021, 7, 4), null);

        Assert.Contains("NMSA 1978 § 37-1-8", check.Steps[0], StringComparison.Ordinal);
        Assert.Contains(check.Steps, s => s.Contains("Independence Day", StringComparison.Ordinal));
        Assert.Contains(check.Steps, s => s.StartsWith("Not modelled:", StringComparison.Ordinal));
    }
}
