using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules.Tests.Computation;

public sealed class Unconfirmed_rows_and_closures
{
    [Fact]
    public void A_date_moved_by_a_closure_carries_a_possible_date_caution_naming_the_order()
    {
        // 4 days after Friday 2019-12-20 is Tuesday 2019-12-24 (Executive Order 13900), then Christmas: due Thursday.
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-fed", new LocalDate(2019, 12, 20), 4, PeriodUnit.Days, Direction.After));

        Assert.Equal(new LocalDate(2019, 12, 26), d.Due);
        Assert.True(d.VerifyClosure);
        var caution = Assert.Single(d.Explanation, s => s.Kind == StepKind.Caution);
        Assert.Equal(("closure-2019-12-24", new LocalDate(2019, 12, 24)), (caution.Rule, caution.Date));
        Assert.StartsWith("Caution: possible date: verify.", caution.Text, StringComparison.Ordinal);
        Assert.Contains("Executive Order 13900", caution.Text, StringComparison.Ordinal);
        Assert.Empty(d.Unconfirmed);
    }

    [Fact]
    public void A_due_date_on_a_half_day_closure_stays_there_with_the_same_caution()
    {
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-fed", new LocalDate(2002, 12, 10), 14, PeriodUnit.Days, Direction.After));

        Assert.Equal(new LocalDate(2002, 12, 24), d.Due);
        Assert.True(d.VerifyClosure);
        Assert.Contains(d.Steps, s => s.StartsWith("Caution: possible date: verify. The due date is the day of Half-day closure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_no_closure_touches_has_no_closure_caution()
    {
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-fed", new LocalDate(2025, 3, 3), 14, PeriodUnit.Days, Direction.After));

        Assert.False(d.VerifyClosure);
        Assert.DoesNotContain(d.Explanation, s => s.Kind == StepKind.Caution);
    }

    [Fact]
    public void A_result_that_passes_over_an_unconfirmed_holiday_names_the_row()
    {
        // Day 14 after Thursday 2025-06-05 is Juneteenth in the New Mexico courts (row unconfirmed), rolled to Friday.
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2025, 6, 5), 14, PeriodUnit.Days, Direction.After));

        Assert.Equal(["nmra-1-006-2024", "juneteenth"], d.Unconfirmed);
        Assert.Contains(d.Explanation, s => s.Kind == StepKind.Caution && s.Rule == "juneteenth");
    }

    [Fact]
    public void A_service_row_that_is_unconfirmed_is_named_when_it_adds_days()
    {
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2020, 3, 2), 10, PeriodUnit.Days, Direction.After, ServiceMethod.Facsimile));

        Assert.Equal(3, d.ServiceDaysAdded);
        Assert.Contains("nmra-1-006c-2014", d.Unconfirmed);
    }

    [Fact]
    public void A_rule_asked_for_by_name_gives_the_version_in_force_and_heads_the_explanation()
    {
        var old = RuleBook.Default.CatalogueRule("us-nm", "new-trial-motion", new LocalDate(2013, 6, 3));
        var current = RuleBook.Default.CatalogueRule("us-nm", "new-trial-motion", new LocalDate(2014, 6, 2));

        Assert.Equal(("new-trial-motion-1990", 10), (old.Id, old.Count));
        Assert.Equal(("new-trial-motion", 30), (current.Id, current.Count));
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2014, 6, 2), current.Count, current.Unit, current.Direction) { Rule = current });
        Assert.Equal(StepKind.Catalogue, d.Explanation[0].Kind);
        Assert.Contains("new-trial-motion", d.Unconfirmed);
    }

    [Fact]
    public void An_unknown_rule_name_lists_the_names_and_a_rule_not_yet_in_force_says_when_it_is()
    {
        var unknown = Assert.Throws<RulesException>(() => RuleBook.Default.CatalogueRule("us-fed", "answer-to-everything", new LocalDate(2025, 1, 6)));
        var early = Assert.Throws<RulesException>(() => RuleBook.Default.CatalogueRule("us-fed", "amend-once-as-of-course", new LocalDate(2005, 1, 6)));

        Assert.Contains("jury-demand", unknown.Accepted);
        Assert.DoesNotContain("jury-demand-1990", unknown.Accepted);
        Assert.Equal("trigger", early.Argument);
        Assert.Contains("in force from 2009-12-01", early.Message, StringComparison.Ordinal);
    }
}
