using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules.Tests.Computation;

public sealed class The_explanation
{
    [Fact]
    public void Names_the_rule_row_the_start_each_skipped_day_with_its_reason_and_the_roll()
    {
        var deadline = RuleBook.Default.ComputeDeadline(
            new DeadlineRequest("us-fed", new LocalDate(2024, 8, 20), 10, PeriodUnit.Days, Direction.After));

        // Day 10 after 2024-08-20 is Friday 2024-08-30, a court day; from 2024-08-21 it is Saturday, before Labor Day.
        Assert.Equal(new LocalDate(2024, 8, 30), deadline.Due);

        var rolled = RuleBook.Default.ComputeDeadline(
            new DeadlineRequest("us-fed", new LocalDate(2024, 8, 21), 10, PeriodUnit.Days, Direction.After));
        Assert.Equal(new LocalDate(2024, 9, 3), rolled.Due);
        Assert.Equal("frcp-6a-2009", rolled.RuleRowId);
        Assert.StartsWith("Fed. R. Civ. P. 6(a)", rolled.RuleCitation, StringComparison.Ordinal);
        Assert.Equal([new LocalDate(2024, 8, 31), new LocalDate(2024, 9, 1), new LocalDate(2024, 9, 2)], rolled.Skipped.Select(s => s.Date));
        Assert.Contains("Labor Day", rolled.Skipped[2].Reason, StringComparison.Ordinal);
        Assert.Contains(rolled.Steps, s => s.StartsWith("Start: Wednesday 2024-08-21", StringComparison.Ordinal));
        Assert.Contains(rolled.Steps, s => s.Contains("Skip Monday 2024-09-02: Labor Day", StringComparison.Ordinal));
        Assert.Contains(rolled.Steps, s => s.StartsWith("Roll forward to Tuesday 2024-09-03", StringComparison.Ordinal));
        Assert.Equal("Due: Tuesday 2024-09-03.", rolled.Steps[^1]);
    }

    [Fact]
    public void Of_a_short_New_Mexico_period_lists_each_counted_day_and_each_excluded_holiday()
    {
        var deadline = RuleBook.Default.ComputeDeadline(
            new DeadlineRequest("us-nm", new LocalDate(2026, 11, 16), 10, PeriodUnit.Days, Direction.After, ServiceMethod.Mail));

        Assert.Equal(10, deadline.Steps.Count(s => s.StartsWith("Day ", StringComparison.Ordinal)));
        Assert.Contains(deadline.Steps, s => s.StartsWith("Skip Thursday 2026-11-26: Thanksgiving Day", StringComparison.Ordinal));
        Assert.Contains(deadline.Steps, s => s.StartsWith("Skip Friday 2026-11-27: Day after Thanksgiving", StringComparison.Ordinal));
        Assert.Contains(deadline.Steps, s => s.StartsWith("Add 3 days for service by mail", StringComparison.Ordinal) && s.Contains("Rule 1-006(C) NMRA", StringComparison.Ordinal));
        Assert.Contains("Rule 1-006(C) NMRA", deadline.RuleCitation, StringComparison.Ordinal);
        Assert.Equal(3, deadline.ServiceDaysAdded);
    }

    [Fact]
    public void Says_why_electronic_service_added_nothing()
    {
        var deadline = RuleBook.Default.ComputeDeadline(
            new DeadlineRequest("us-fed", new LocalDate(2025, 3, 3), 14, PeriodUnit.Days, Direction.After, ServiceMethod.Electronic));

        Assert.Contains(deadline.Steps, s => s.StartsWith("No days added for electronic service", StringComparison.Ordinal));
    }

    [Fact]
    public void Carries_the_caution_of_an_unverified_rule_row()
    {
        var after = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2025, 3, 3), 10, PeriodUnit.Days, Direction.After));
        var before = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2024, 3, 4), 10, PeriodUnit.Days, Direction.After));

        Assert.Contains(after.Steps, s => s.StartsWith("Caution: unconfirmed: the result depends on row nmra-1-006-2024", StringComparison.Ordinal));
        Assert.Equal(["nmra-1-006-2024"], after.Unconfirmed);
        Assert.DoesNotContain(before.Steps, s => s.StartsWith("Caution:", StringComparison.Ordinal));
        Assert.Empty(before.Unconfirmed);
    }
}

public sealed class The_structured_explanation
{
    [Fact]
    public void Records_each_step_as_data_with_its_kind_date_rule_row_and_citation()
    {
        // Ten days after Wednesday 2024-08-21 end Saturday 2024-08-31; Sunday and Labor Day follow; due Tuesday.
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-fed", new LocalDate(2024, 8, 21), 10, PeriodUnit.Days, Direction.After));

        Assert.Equal(
            [StepKind.Rule, StepKind.Start, StepKind.Count, StepKind.Skip, StepKind.Skip, StepKind.Skip, StepKind.Roll, StepKind.Due],
            d.Explanation.Select(s => s.Kind));
        var rule = d.Explanation[0];
        Assert.Equal(("frcp-6a-2009", new LocalDate(2024, 8, 21)), (rule.Rule, rule.Date));
        Assert.StartsWith("Fed. R. Civ. P. 6(a)", rule.Citation, StringComparison.Ordinal);
        var labor = d.Explanation[5];
        Assert.Equal(new LocalDate(2024, 9, 2), labor.Date);
        Assert.StartsWith("Labor Day", labor.Reason, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2024, 9, 3), d.Explanation[^1].Date);
    }

    [Fact]
    public void Renders_every_step_through_the_one_formatter()
    {
        var d = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2026, 11, 16), 10, PeriodUnit.Days, Direction.After, ServiceMethod.Mail));

        Assert.Equal(d.Explanation.Select(StepText.Format), d.Steps);
        var service = Assert.Single(d.Explanation, s => s.Kind == StepKind.ServiceDays);
        Assert.Equal((3, ServiceMethod.Mail), (service.Days, service.Service));
        Assert.Equal("service-days", StepText.KindName(service.Kind));
        Assert.Equal(10, d.Explanation.Count(s => s.Kind == StepKind.CountedDay));
    }
}
