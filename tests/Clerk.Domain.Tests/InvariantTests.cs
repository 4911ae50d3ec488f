namespace Clerk.Domain.Tests;

public class InvariantTests
{
    [Fact]
    public void A_ruling_dated_before_its_motion_is_refused_naming_the_motion_and_the_rule()
    {
        var e = Assert.Throws<DomainRuleException>(() => Build.Motion(PartialDate.Parse("2023-08-10"), PartialDate.Parse("2023-08-01")));
        Assert.Equal(new FactRef(FactKind.Motion, "m"), e.Fact);
        Assert.Equal("a ruling is not dated before its motion", e.Rule);
        Assert.Contains("2023-08-10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ruling_in_the_month_of_the_motion_is_accepted_when_the_day_is_unknown()
    {
        var m = Build.Motion(PartialDate.Parse("2023-08-10"), PartialDate.Parse("2023-08"));
        Assert.Equal(MotionStatus.Denied, m.Status);
    }

    [Fact]
    public void A_decided_motion_needs_a_ruling()
    {
        var e = Assert.Throws<DomainRuleException>(() => Build.Motion(null, null, MotionStatus.Granted));
        Assert.Equal("a decided motion has a ruling", e.Rule);
    }

    [Fact]
    public void A_pending_motion_has_no_ruling()
    {
        var e = Assert.Throws<DomainRuleException>(() => Build.Motion(null, PartialDate.Parse("2023-08-23"), MotionStatus.Pending));
        Assert.Equal("a pending or withdrawn motion has no ruling", e.Rule);
    }

    [Fact]
    public void Only_a_stay_motion_waits_for_another_case()
    {
        var e = Assert.Throws<DomainRuleException>(() => Build.Motion(null, PartialDate.Parse("2023-08-23"), awaits: Build.Criminal));
        Assert.Equal("only a stay motion waits for another case", e.Rule);
        var stay = Build.Motion(null, PartialDate.Parse("2023-08-23"), type: MotionType.Stay, awaits: Build.Criminal);
        Assert.Equal(Build.Criminal, stay.AwaitedCase);
    }

    [Fact]
    public void A_movant_must_be_a_party_of_the_case()
    {
        var outsider = new PartyId("x");
        var m = Build.Matter();
        m = Build.CiteAll(m with
        {
            Parties = [.. m.Parties, new Party(outsider, "X", PartyKind.Person, null)],
            Motions = [Build.Motion(null, null, MotionStatus.Pending, movant: outsider)],
        });
        var v = Assert.Single(m.Violations());
        Assert.Equal(new FactRef(FactKind.Motion, "m"), v.Fact);
        Assert.Equal("a movant is a party of the case", v.Rule);
    }

    [Fact]
    public void A_charge_must_belong_to_a_criminal_case()
    {
        var m = Build.Matter();
        var history = new[] { new ChargeEvent(ChargeStatus.Filed, null, null) };
        m = Build.CiteAll(m with { Charges = [new Charge(new ChargeId("c1"), Build.Civil, 1, null, "theft", history)] });
        var v = Assert.Single(m.Violations());
        Assert.Equal("a charge belongs to a criminal case", v.Rule);
        Assert.Equal(new FactRef(FactKind.Charge, "c1"), v.Fact);

        var ok = Build.CiteAll(m with { Charges = [new Charge(new ChargeId("c1"), Build.Criminal, 1, null, "theft", history)] });
        Assert.Empty(ok.Violations());
    }

    [Fact]
    public void A_charge_history_begins_with_the_filing()
    {
        var e = Assert.Throws<DomainRuleException>(() =>
            new Charge(new ChargeId("c"), Build.Criminal, null, null, "x", [new ChargeEvent(ChargeStatus.DismissedWithoutPrejudice, null, null)]));
        Assert.Equal("a charge's history begins with its filing", e.Rule);
    }

    [Fact]
    public void A_charge_is_refiled_only_after_a_dismissal_without_prejudice()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Charge(new ChargeId("c"), Build.Criminal, null, null, "x",
            [new(ChargeStatus.Filed, null, null), new(ChargeStatus.DismissedWithPrejudice, null, null), new(ChargeStatus.Refiled, null, null)]));
        Assert.Equal("a charge is refiled only after a dismissal without prejudice", e.Rule);

        var refiled = new Charge(new ChargeId("c"), Build.Criminal, null, null, "x",
            [new(ChargeStatus.Filed, null, null), new(ChargeStatus.DismissedWithoutPrejudice, null, null), new(ChargeStatus.Refiled, null, null)]);
        Assert.Equal(ChargeStatus.Refiled, refiled.Status);
    }

    [Fact]
    public void A_charge_history_is_in_date_order()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Charge(new ChargeId("c"), Build.Criminal, null, null, "x",
            [new(ChargeStatus.Filed, PartialDate.Parse("2023-01-31"), null), new(ChargeStatus.DismissedWithoutPrejudice, PartialDate.Parse("2022-04"), null)]));
        Assert.Equal("a charge's history is in date order", e.Rule);
    }

    [Fact]
    public void A_case_is_not_terminated_before_it_is_filed()
    {
        var e = Assert.Throws<DomainRuleException>(() => new Case(new CaseId("k"), new CourtId("c"), null, "K", CaseKind.Civil, CaseStatus.Closed, null,
            PartialDate.Parse("2023-02"), PartialDate.Parse("2023-01-15")));
        Assert.Equal(new FactRef(FactKind.Case, "k"), e.Fact);
    }

    [Fact]
    public void A_case_does_not_link_to_itself()
    {
        Assert.Throws<DomainRuleException>(() => new CaseLink(Build.Civil, CaseLinkKind.ConsolidatedWith, Build.Civil));
    }

    [Fact]
    public void A_parallel_criminal_case_must_be_criminal()
    {
        var m = Build.Matter();
        var wrong = Build.CiteAll(m with { CaseLinks = [new CaseLink(Build.Criminal, CaseLinkKind.ParallelCriminal, Build.Civil)] });
        Assert.Equal("a parallel criminal case is a criminal case", Assert.Single(wrong.Violations()).Rule);
        var right = Build.CiteAll(m with { CaseLinks = [new CaseLink(Build.Civil, CaseLinkKind.ParallelCriminal, Build.Criminal)] });
        Assert.Empty(right.Violations());
    }

    [Fact]
    public void Every_fact_cites_a_source()
    {
        var m = Build.Matter();
        var uncited = m with { Citations = [.. m.Citations.Where(c => c.Fact != new FactRef(FactKind.Party, "p"))] };
        var v = Assert.Single(uncited.Violations());
        Assert.Equal(new FactRef(FactKind.Party, "p"), v.Fact);
        Assert.Equal("every fact cites a source", v.Rule);
    }

    [Fact]
    public void A_reference_to_an_unknown_fact_is_a_violation_unless_it_is_already_stored()
    {
        var m = Build.Matter();
        var orphan = Build.CiteAll(m with { Entries = [new DocketEntry(new CaseId("elsewhere"), 1, "1", null, null, "COMPLAINT")] });
        Assert.Equal("a reference names a known fact", Assert.Single(orphan.Violations()).Rule);
        Assert.Empty(orphan.Violations(f => f == new FactRef(FactKind.Case, "elsewhere")));
    }

    [Fact]
    public void Claimants_must_be_parties_of_the_case()
    {
        var m = Build.Matter();
        var claim = new Claim(new ClaimId("cl"), Build.Civil, "negligence", "personal-injury", null, [new PartyId("nobody")], [Build.Defendant], [], ["hearing loss"]);
        var bad = Build.CiteAll(m with { Parties = [.. m.Parties, new Party(new PartyId("nobody"), "N", PartyKind.Person, null)], Claims = [claim] });
        Assert.Equal("claimants and those claimed against are parties of the case", Assert.Single(bad.Violations()).Rule);
    }
}
