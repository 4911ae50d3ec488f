using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules.Tests.Computation;

/// <summary>Fed. R. Civ. P. 6(a)(2) and Rule 1-006(A)(3) NMRA: begin counting at once, count every hour, and a period
/// that would end on a Saturday, Sunday or legal holiday runs to the same time on the next day that is not one.</summary>
public sealed class Periods_stated_in_hours
{
    [Fact]
    public void Forty_eight_hours_from_a_Friday_morning_run_to_the_same_time_on_Monday()
    {
        // 48 hours from Friday 2025-03-07 09:30 end Sunday 2025-03-09 09:30: 6(a)(2)(C) carries them to Monday 09:30.
        var d = RuleBook.Default.ComputeHours("us-fed", new LocalDateTime(2025, 3, 7, 9, 30), 48);

        Assert.Equal(new LocalDateTime(2025, 3, 10, 9, 30), d.Due);
        Assert.Equal("Fed. R. Civ. P. 6(a)(2)", d.RuleCitation);
        Assert.Equal(StepKind.CountHours, Assert.Single(d.Explanation, s => s.Kind == StepKind.CountHours).Kind);
        Assert.Equal("Due: Monday 2025-03-10 at 09:30.", d.Steps[^1]);
    }

    [Fact]
    public void Hours_that_end_on_a_court_day_do_not_move()
    {
        var d = RuleBook.Default.ComputeHours("us-fed", new LocalDateTime(2025, 3, 3, 16, 45), 24);

        Assert.Equal(new LocalDateTime(2025, 3, 4, 16, 45), d.Due);
    }

    [Fact]
    public void Hours_ending_on_a_closure_by_order_carry_the_possible_date_caution()
    {
        // 24 hours from Monday 2019-12-23 10:00 end on the closure of Tuesday 2019-12-24 (Executive Order 13900); Christmas follows.
        var d = RuleBook.Default.ComputeHours("us-fed", new LocalDateTime(2019, 12, 23, 10, 0), 24);

        Assert.Equal(new LocalDateTime(2019, 12, 26, 10, 0), d.Due);
        Assert.True(d.VerifyClosure);
    }

    [Fact]
    public void A_New_Mexico_state_holiday_moves_hours_in_the_federal_court_of_New_Mexico_but_not_elsewhere()
    {
        // Friday 2025-11-28, the day after Thanksgiving, is a New Mexico court holiday and no federal one.
        var trigger = new LocalDateTime(2025, 11, 27, 8, 0);

        Assert.Equal(new LocalDateTime(2025, 12, 1, 8, 0), RuleBook.Default.ComputeHours("us-fed-nm", trigger, 24).Due);
        Assert.Equal(new LocalDateTime(2025, 11, 28, 8, 0), RuleBook.Default.ComputeHours("us-fed", trigger, 24).Due);
    }

    [Fact]
    public void Before_the_rules_provided_for_hours_the_request_is_refused()
    {
        var e = Assert.Throws<RulesException>(() => RuleBook.Default.ComputeHours("us-fed", new LocalDateTime(2005, 3, 1, 9, 0), 24));

        Assert.Equal("trigger", e.Argument);
        Assert.Contains("no rule for periods stated in hours", e.Message, StringComparison.Ordinal);
    }
}
