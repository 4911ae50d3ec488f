using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules.Tests.Limitations;

public sealed class Tolling_for_minors
{
    private static readonly LocalDate Injury = new(2021, 10, 21);

    [Fact]
    public void Without_a_date_of_birth_the_explanation_says_the_tolling_rule_needs_one()
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", Injury, null);

        Assert.Equal(new LocalDate(2024, 10, 21), check.LastDay);
        Assert.Contains(check.Explanation, s => s.Kind == StepKind.NotModelled && s.Rule == "nm-minority");
    }

    [Fact]
    public void A_minor_s_filing_after_the_ordinary_period_is_timely_within_a_year_of_majority()
    {
        // Born 2010-05-04: 18 on 2028-05-04, one year more to Friday 2029-05-04 (NMSA 1978 § 37-1-10).
        var filed = new DateInterval(new LocalDate(2028, 12, 1), new LocalDate(2028, 12, 1));
        var check = RuleBook.Default.CheckLimitation("us-nm", "personal-injury", Injury, filed, new LocalDate(2010, 5, 4));

        Assert.Equal(new LocalDate(2029, 5, 4), check.LastDay);
        Assert.True(check.Timely);
        Assert.Contains(check.Explanation, s => s.Kind == StepKind.Tolling && s.Date == new LocalDate(2029, 5, 4));
        Assert.Contains("nm-minority", check.Unconfirmed);
    }

    [Fact]
    public void A_wrongful_death_claim_is_not_extended_by_the_chapter_37_rule()
    {
        var check = RuleBook.Default.CheckLimitation("us-nm", "wrongful-death", Injury, null, new LocalDate(2010, 5, 4));

        Assert.Equal(new LocalDate(2024, 10, 21), check.LastDay);
        Assert.DoesNotContain(check.Explanation, s => s.Kind == StepKind.Tolling);
    }

    [Fact]
    public void A_date_of_birth_after_the_accrual_date_is_refused()
    {
        var e = Assert.Throws<RulesException>(() => RuleBook.Default.CheckLimitation("us-nm", "personal-injury", Injury, null, new LocalDate(2022, 1, 1)));

        Assert.Equal("born", e.Argument);
    }
}
