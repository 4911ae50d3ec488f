using NodaTime;

namespace Clerk.Rules.Tests.Catalogue;

/// <summary>
/// One case per catalogue rule: the period and citation the rule states, and a deadline worked by hand from a
/// trigger on which the rule is in force. Unless noted, the trigger is Monday 2025-03-03 and the answer is a plain
/// court day.
/// </summary>
public sealed class Each_catalogue_rule
{
    private static readonly LocalDate Monday = new(2025, 3, 3);
    private static readonly LocalDate Mar24 = new(2025, 3, 24), May2 = new(2025, 5, 2), Mar17 = new(2025, 3, 17);
    private static readonly LocalDate Apr2 = new(2025, 4, 2), Mar31 = new(2025, 3, 31), Mar18 = new(2025, 3, 18);
    private const PeriodUnit Days = PeriodUnit.Days;
    private const Direction After = Direction.After, Before = Direction.Before;

    private static readonly CatalogueCase[] All =
    [
        new("us-fed", "answer-complaint", "Fed. R. Civ. P. 12(a)(1)(A)(i)", 21, Days, After, Monday, Mar24),
        new("us-fed", "answer-complaint-1993", "Fed. R. Civ. P. 12(a)(1)(A)", 20, Days, After, new(2005, 3, 1), new(2005, 3, 21)),
        new("us-fed", "answer-after-waiver", "Fed. R. Civ. P. 12(a)(1)(A)(ii)", 60, Days, After, Monday, May2),
        new("us-fed", "answer-united-states", "Fed. R. Civ. P. 12(a)(2)", 60, Days, After, Monday, May2),
        new("us-fed", "reply-counterclaim", "Fed. R. Civ. P. 12(a)(1)(B)", 21, Days, After, Monday, Mar24),
        new("us-fed", "answer-after-motion-denied", "Fed. R. Civ. P. 12(a)(4)(A)", 14, Days, After, Monday, Mar17),
        // Day 90 is Sunday 2025-06-01.
        new("us-fed", "serve-summons", "Fed. R. Civ. P. 4(m)", 90, Days, After, Monday, new(2025, 6, 2)),
        new("us-fed", "serve-summons-1993", "Fed. R. Civ. P. 4(m)", 120, Days, After, new(2010, 3, 1), new(2010, 6, 29)),
        // 14 days before is Washington's Birthday, Monday 2025-02-17: roll backward to Friday.
        new("us-fed", "motion-before-hearing", "Fed. R. Civ. P. 6(c)(1)", 14, Days, Before, Monday, new(2025, 2, 14)),
        new("us-fed", "opposing-affidavit-before-hearing", "Fed. R. Civ. P. 6(c)(2)", 7, Days, Before, Monday, new(2025, 2, 24)),
        new("us-fed", "initial-disclosures", "Fed. R. Civ. P. 26(a)(1)(C)", 14, Days, After, Monday, Mar17),
        new("us-fed", "expert-disclosures", "Fed. R. Civ. P. 26(a)(2)(D)(i)", 90, Days, Before, Monday, new(2024, 12, 3)),
        // 30 days before is Saturday 2025-02-01: roll backward to Friday.
        new("us-fed", "pretrial-disclosures", "Fed. R. Civ. P. 26(a)(3)(B)", 30, Days, Before, Monday, new(2025, 1, 31)),
        new("us-fed", "interrogatory-answers", "Fed. R. Civ. P. 33(b)(2)", 30, Days, After, Monday, Apr2),
        new("us-fed", "production-response", "Fed. R. Civ. P. 34(b)(2)(A)", 30, Days, After, Monday, Apr2),
        new("us-fed", "admission-response", "Fed. R. Civ. P. 36(a)(3)", 30, Days, After, Monday, Apr2),
        new("us-fed", "summary-judgment-motion", "Fed. R. Civ. P. 56(b)", 30, Days, After, Monday, Apr2),
        new("us-fed", "renewed-judgment-as-matter-of-law", "Fed. R. Civ. P. 50(b)", 28, Days, After, Monday, Mar31),
        new("us-fed", "new-trial-motion", "Fed. R. Civ. P. 59(b)", 28, Days, After, Monday, Mar31),
        // Before 2009-12-01: ten court days after Tuesday 2005-03-01, skipping two weekends.
        new("us-fed", "new-trial-motion-1995", "Fed. R. Civ. P. 59(b)", 10, Days, After, new(2005, 3, 1), new(2005, 3, 15)),
        new("us-fed", "alter-amend-judgment", "Fed. R. Civ. P. 59(e)", 28, Days, After, Monday, Mar31),
        new("us-fed", "notice-of-appeal", "Fed. R. App. P. 4(a)(1)(A)", 30, Days, After, Monday, Apr2),
        new("us-fed", "notice-of-appeal-united-states", "Fed. R. App. P. 4(a)(1)(B)", 60, Days, After, Monday, May2),
        // Periods added for issue 11, each worked by hand from its text. 30 days after Monday 2025-03-03 is Wednesday 2025-04-02.
        new("us-fed", "removal", "28 U.S.C. 1446(b)(1)", 30, Days, After, Monday, Apr2),
        new("us-fed", "remand-motion", "28 U.S.C. 1447(c)", 30, Days, After, Monday, Apr2),
        new("us-fed", "amend-once-as-of-course", "Fed. R. Civ. P. 15(a)(1)(A)", 21, Days, After, Monday, Mar24),
        new("us-fed", "amend-once-after-response", "Fed. R. Civ. P. 15(a)(1)(B)", 21, Days, After, Monday, Mar24),
        new("us-fed", "attorney-fees-motion", "Fed. R. Civ. P. 54(d)(2)(B)(i)", 14, Days, After, Monday, Mar17),
        new("us-fed", "objections-magistrate-order", "Fed. R. Civ. P. 72(a)", 14, Days, After, Monday, Mar17),
        new("us-fed", "objections-magistrate-recommendation", "Fed. R. Civ. P. 72(b)(2)", 14, Days, After, Monday, Mar17),
        new("us-fed", "jury-demand", "Fed. R. Civ. P. 38(b)(1)", 14, Days, After, Monday, Mar17),
        // Before 2009-12-01 these were 10 days, counted in court days: from Tuesday 2005-03-01 two weekends are skipped.
        new("us-fed", "objections-magistrate-order-1990", "Fed. R. Civ. P. 72(a)", 10, Days, After, new(2005, 3, 1), new(2005, 3, 15)),
        new("us-fed", "objections-magistrate-recommendation-1990", "Fed. R. Civ. P. 72(b)", 10, Days, After, new(2005, 3, 1), new(2005, 3, 15)),
        new("us-fed", "jury-demand-1990", "Fed. R. Civ. P. 38(b)", 10, Days, After, new(2005, 3, 1), new(2005, 3, 15)),
        // One year after Monday 2025-03-03 is Tuesday 2026-03-03, a court day.
        new("us-fed", "relief-from-judgment", "Fed. R. Civ. P. 60(c)(1)", 1, PeriodUnit.Years, After, Monday, new(2026, 3, 3)),
        new("us-fed-nm", "response-to-motion", "D.N.M.LR-Civ. 7.4(a)", 14, Days, After, Monday, Mar17),
        new("us-fed-nm", "reply-to-response", "D.N.M.LR-Civ. 7.4(a)", 14, Days, After, Monday, Mar17),
        new("us-nm", "answer-complaint", "Rule 1-012(A) NMRA", 30, Days, After, Monday, Apr2),
        // Ten days or less: court days only. From Monday 2025-03-03, two weekends are skipped.
        new("us-nm", "answer-after-motion-denied", "Rule 1-012(A)(1) NMRA", 10, Days, After, Monday, Mar17),
        new("us-nm", "response-to-motion", "Rule 1-007.1(D) NMRA", 15, Days, After, Monday, Mar18),
        new("us-nm", "reply-to-response", "Rule 1-007.1 NMRA", 15, Days, After, Monday, Mar18),
        new("us-nm", "new-trial-motion", "Rule 1-059(B) NMRA", 30, Days, After, Monday, Apr2),
        new("us-nm", "alter-amend-judgment", "Rule 1-059(E) NMRA", 30, Days, After, Monday, Apr2),
        // Before 2014-01-01 (the 2013 amendment): ten days, counted in court days under Rule 1-006 then in force.
        new("us-nm", "new-trial-motion-1990", "Rule 1-059(B) NMRA", 10, Days, After, new(2005, 3, 1), new(2005, 3, 15)),
        new("us-nm", "alter-amend-judgment-1990", "Rule 1-059(E) NMRA", 10, Days, After, new(2005, 3, 1), new(2005, 3, 15)),
        new("us-nm", "notice-of-appeal", "Rule 12-201(A)(1) NMRA", 30, Days, After, Monday, Apr2),
        new("us-nm", "interrogatory-answers", "Rule 1-033(B) NMRA", 30, Days, After, Monday, Apr2),
        new("us-nm", "production-response", "Rule 1-034(B) NMRA", 30, Days, After, Monday, Apr2),
        new("us-nm", "admission-response", "Rule 1-036(A) NMRA", 30, Days, After, Monday, Apr2),
    ];

    public static TheoryData<CatalogueCase> Cases() => [.. All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void States_its_period_and_citation_and_computes_its_worked_example(CatalogueCase c)
    {
        var rule = Assert.Single(RuleBook.Default.Catalogue(c.RuleSet), r => r.Id == c.Id);

        Assert.Equal((c.Count, c.Unit, c.Direction), (rule.Count, rule.Unit, rule.Direction));
        Assert.StartsWith(c.Authority, rule.Authority, StringComparison.Ordinal);
        Assert.True(rule.IsInForceOn(c.Trigger), $"{c.Id} is not in force on {c.Trigger}");
        var due = RuleBook.Default.ComputeDeadline(new DeadlineRequest(c.RuleSet, c.Trigger, rule.Count, rule.Unit, rule.Direction));
        Assert.Equal(c.Expected, due.Due);
    }

    [Fact]
    public void Every_rule_of_every_catalogue_has_a_case_here()
    {
        var covered = All.Select(c => $"{c.RuleSet}/{c.Id}").ToHashSet(StringComparer.Ordinal);
        var own = RuleBook.Default.RuleSetIds
            .SelectMany(set => RuleBook.Default.Catalogue(set).Select(r => $"{set}/{r.Id}"))
            .Where(key => !key.StartsWith("us-fed-nm/", StringComparison.Ordinal) || !RuleBook.Default.Catalogue("us-fed").Any(r => key == $"us-fed-nm/{r.Id}"));

        Assert.Equal([], own.Where(key => !covered.Contains(key)).ToArray());
    }

    [Fact]
    public void The_District_of_New_Mexico_catalogue_includes_every_federal_rule()
    {
        var federal = RuleBook.Default.Catalogue("us-fed").Select(r => r.Id);
        var district = RuleBook.Default.Catalogue("us-fed-nm").Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(federal, id => Assert.Contains(id, district));
    }

    [Fact]
    public void Versions_of_one_deadline_never_overlap_in_time()
    {
        var answers = RuleBook.Default.Catalogue("us-fed").Where(r => r.TriggerEvent == "complaint-served").ToList();

        Assert.Equal(2, answers.Count);
        Assert.Single(answers, r => r.IsInForceOn(new LocalDate(2009, 11, 30)));
        Assert.Single(answers, r => r.IsInForceOn(new LocalDate(2009, 12, 1)));
        Assert.Equal(20, answers.Single(r => r.IsInForceOn(new LocalDate(2009, 11, 30))).Count);
        Assert.Equal(21, answers.Single(r => r.IsInForceOn(new LocalDate(2009, 12, 1))).Count);
    }
}
