using Clerk.Domain;
using Clerk.Rules.Cases;
using NodaTime;

namespace Clerk.Rules.Tests.Cases;

public sealed class Case_deadlines
{
    private static readonly CaseId Civil = new("k");
    private static readonly PartyId P = new("p"), D = new("d");

    private static Matter Matter(PartialDate? motionFiled, PartialDate? ruled, params DocketEntry[] entries) => new()
    {
        Courts = [new Court(new CourtId("c"), "NM district court", "NM", "America/Denver", "us-nm")],
        Parties = [new Party(P, "P", PartyKind.Person, null), new Party(D, "D", PartyKind.Person, null)],
        Cases = [new Case(Civil, new CourtId("c"), null, "P v. D", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse("2023-02"), null)],
        Participations = [new Participation(Civil, P, PartyRole.Plaintiff, "plaintiff", null), new Participation(Civil, D, PartyRole.Defendant, "defendant", null)],
        Motions = [new Motion(new MotionId("mtd"), Civil, MotionType.Dismiss, D, "dismissal", ruled is null ? MotionStatus.Pending : MotionStatus.Denied, motionFiled,
            ruled is { } r ? new Ruling(r, null, null) : null, null)],
        Entries = entries,
    };

    private static IReadOnlyList<CaseDeadline> Deadlines(Matter m, LocalDate today) => CaseDeadlines.For(m, Civil, RuleBook.Default, "us-nm", today);

    [Fact]
    public void A_motion_filed_starts_the_fifteen_days_to_respond_under_rule_1_007_1_D_NMRA()
    {
        var d = Assert.Single(Deadlines(Matter(PartialDate.Parse("2025-03-03"), null), new LocalDate(2025, 3, 5)));
        Assert.Equal("response-to-motion", d.Rule.Id);
        Assert.Equal(new LocalDate(2025, 3, 18), d.Deadline.Due);
        Assert.Equal(new FactRef(FactKind.Motion, "mtd"), d.Trigger);
        Assert.Equal(DeadlineStatus.Unknown, d.Status);
    }

    [Fact]
    public void Denial_of_a_motion_to_dismiss_starts_ten_court_days_to_answer_under_rule_1_012_A_NMRA()
    {
        // Wednesday 2023-08-23: ten court days, skipping two weekends and Labor Day (2023-09-04), end Thursday 2023-09-07.
        var d = Assert.Single(Deadlines(Matter(null, PartialDate.Parse("2023-08-23")), new LocalDate(2023, 8, 30)));
        Assert.Equal("answer-after-motion-denied", d.Rule.Id);
        Assert.Equal(new LocalDate(2023, 9, 7), d.Deadline.Due);
        Assert.Contains(d.Deadline.Steps, s => s.Contains("Labor Day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ruling_known_only_to_the_month_starts_no_deadline()
    {
        Assert.Empty(Deadlines(Matter(null, PartialDate.Parse("2023-08")), new LocalDate(2023, 9, 30)));
    }

    [Fact]
    public void An_answer_filed_in_time_meets_the_deadline()
    {
        var answer = new DocketEntry(Civil, 2, "12", new LocalDate(2023, 9, 6), null, "ANSWER to Complaint by D");
        var d = Assert.Single(Deadlines(Matter(null, PartialDate.Parse("2023-08-23"), Complaint(), answer), new LocalDate(2023, 12, 1)));
        Assert.Equal(DeadlineStatus.Met, d.Status);
        Assert.Same(answer, d.MetBy);
    }

    [Fact]
    public void An_answer_filed_late_leaves_the_deadline_missed()
    {
        var late = new DocketEntry(Civil, 2, "12", new LocalDate(2023, 9, 8), null, "ANSWER to Complaint by D");
        var d = Assert.Single(Deadlines(Matter(null, PartialDate.Parse("2023-08-23"), Complaint(), late), new LocalDate(2023, 12, 1)));
        Assert.Equal(DeadlineStatus.Missed, d.Status);
        Assert.Null(d.MetBy);
    }

    [Fact]
    public void A_deadline_not_yet_due_and_not_met_is_open()
    {
        var d = Assert.Single(Deadlines(Matter(null, PartialDate.Parse("2023-08-23"), Complaint()), new LocalDate(2023, 9, 7)));
        Assert.Equal(DeadlineStatus.Open, d.Status);
    }

    [Fact]
    public void Moving_the_trigger_moves_the_deadline()
    {
        var before = Assert.Single(Deadlines(Matter(null, PartialDate.Parse("2023-08-23")), new LocalDate(2023, 8, 30)));
        var after = Assert.Single(Deadlines(Matter(null, PartialDate.Parse("2023-08-24")), new LocalDate(2023, 8, 30)));
        // Thursday 2023-08-24 plus ten court days (two weekends and Labor Day skipped) is Friday 2023-09-08.
        Assert.Equal(new LocalDate(2023, 9, 7), before.Deadline.Due);
        Assert.Equal(new LocalDate(2023, 9, 8), after.Deadline.Due);
    }

    [Fact]
    public void A_judgment_on_the_docket_starts_the_post_judgment_and_appeal_deadlines()
    {
        var judgment = new DocketEntry(Civil, 2, "40", new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 3), "JUDGMENT for plaintiff");
        var appeal = new DocketEntry(Civil, 3, "41", new LocalDate(2025, 3, 20), null, "NOTICE OF APPEAL by D");
        var all = Deadlines(Matter(null, null, Complaint(), judgment, appeal), new LocalDate(2025, 6, 1));
        Assert.Equal(["alter-amend-judgment", "new-trial-motion", "notice-of-appeal"], all.Select(d => d.Rule.Id).Order(StringComparer.Ordinal));
        Assert.All(all, d => Assert.Equal(new LocalDate(2025, 4, 2), d.Deadline.Due));
        Assert.Equal(DeadlineStatus.Met, all.Single(d => d.Rule.Id == "notice-of-appeal").Status);
        Assert.Equal(DeadlineStatus.Missed, all.Single(d => d.Rule.Id == "new-trial-motion").Status);
    }

    [Fact]
    public void A_case_whose_court_has_no_rule_set_has_no_derived_deadlines()
    {
        Assert.Empty(CaseDeadlines.For(Matter(null, PartialDate.Parse("2023-08-23")), Civil, RuleBook.Default, null, new LocalDate(2023, 9, 1)));
    }

    private static DocketEntry Complaint() => new(Civil, 1, "1", new LocalDate(2023, 2, 14), null, "COMPLAINT");
}
