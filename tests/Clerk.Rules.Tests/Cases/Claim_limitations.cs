using Clerk.Domain;
using Clerk.Rules.Cases;
using NodaTime;

namespace Clerk.Rules.Tests.Cases;

public sealed class Claim_limitations
{
    private static Matter Rust(string filed)
    {
        var civil = new CaseId("rust-civil");
        PartyId crew = new("crew"), baldwin = new("baldwin");
        return new Matter
        {
            Cases = [new Case(civil, new CourtId("c"), null, "Crew v. Baldwin", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse(filed), null)],
            Claims = [new Claim(new ClaimId("unsafe-set"), civil, "unsafe set", "personal-injury", PartialDate.Parse("2021-10-21"), [crew], [baldwin], [], ["hearing loss"])],
            Statements =
            [
                new Statement(new StatementId("untimely"), civil, "Robert Schwartz", SpeakerRole.Counsel, baldwin, PartialDate.Parse("2023-08"), "untimely", "timeliness"),
                new Statement(new StatementId("other"), civil, "Robert Schwartz", SpeakerRole.Counsel, baldwin, null, "injustice", null),
            ],
        };
    }

    [Fact]
    public void The_rust_suit_filed_some_day_of_february_2023_is_timely_under_nmsa_37_1_8_whichever_day_it_was()
    {
        var l = Assert.Single(ClaimLimitations.For(Rust("about 2023-02"), new CaseId("rust-civil"), RuleBook.Default, "us-nm"));
        Assert.Equal(new LocalDate(2024, 10, 21), l.Check.LastDay);
        Assert.Equal("NMSA 1978 § 37-1-8", l.Check.Statute);
        Assert.True(l.Check.Timely);
        // From 2023-02-28 and from 2023-02-01 to 2024-10-21.
        Assert.Equal(601, l.Check.MarginDaysMin);
        Assert.Equal(628, l.Check.MarginDaysMax);
        Assert.Equal("untimely", Assert.Single(l.Statements).Id.Value);
    }

    [Fact]
    public void A_filing_after_the_last_day_is_untimely_by_the_days_late()
    {
        var l = Assert.Single(ClaimLimitations.For(Rust("2024-10-25"), new CaseId("rust-civil"), RuleBook.Default, "us-nm"));
        Assert.False(l.Check.Timely);
        Assert.Equal(-4, l.Check.MarginDaysMin);
    }

    [Fact]
    public void A_filing_month_that_straddles_the_last_day_is_undecided()
    {
        var l = Assert.Single(ClaimLimitations.For(Rust("2024-10"), new CaseId("rust-civil"), RuleBook.Default, "us-nm"));
        Assert.Null(l.Check.Timely);
    }
}
