using NodaTime;

namespace Clerk.Rules.Tests.Computation;

public sealed class Periods_counted_forward_and_backward
{
    private static LocalDate Due(string rules, LocalDate trigger, int count, PeriodUnit unit, Direction direction, ServiceMethod service = ServiceMethod.None)
    {
        var request = new DeadlineRequest(rules, trigger, count, unit, direction, service);
        var explained = RuleBook.Default.ComputeDeadline(request).Due;
        Assert.Equal(explained, RuleBook.Default.ComputeDue(request));
        return explained;
    }

    [Fact]
    public void A_backward_period_ending_on_a_holiday_rolls_back_to_the_court_day_before()
    {
        // 14 days before Monday 2024-09-16 is Labor Day, Monday 2024-09-02; the day before is Sunday, then Saturday.
        Assert.Equal(new LocalDate(2024, 8, 30), Due("us-fed", new(2024, 9, 16), 14, PeriodUnit.Days, Direction.Before));
    }

    [Fact]
    public void A_New_Mexico_state_holiday_extends_a_forward_federal_period_in_the_District_of_New_Mexico_only()
    {
        // Day 14 after 2025-11-14 is Friday 2025-11-28, the day after Thanksgiving: a New Mexico holiday, not a federal one.
        Assert.Equal(new LocalDate(2025, 11, 28), Due("us-fed", new(2025, 11, 14), 14, PeriodUnit.Days, Direction.After));
        Assert.Equal(new LocalDate(2025, 12, 1), Due("us-fed-nm", new(2025, 11, 14), 14, PeriodUnit.Days, Direction.After));
    }

    [Fact]
    public void A_state_holiday_does_not_move_a_backward_federal_period()
    {
        // Fed. R. Civ. P. 6(a)(6)(C): state holidays count for forward periods only.
        Assert.Equal(new LocalDate(2025, 11, 28), Due("us-fed-nm", new(2025, 12, 12), 14, PeriodUnit.Days, Direction.Before));
    }

    [Fact]
    public void A_month_period_ends_on_the_last_day_of_a_shorter_month()
    {
        Assert.Equal(new LocalDate(2025, 2, 28), Due("us-fed", new(2025, 1, 31), 1, PeriodUnit.Months, Direction.After));
    }

    [Fact]
    public void A_year_period_from_29_February_ends_on_28_February()
    {
        Assert.Equal(new LocalDate(2025, 2, 28), Due("us-fed", new(2024, 2, 29), 1, PeriodUnit.Years, Direction.After));
    }

    [Fact]
    public void A_week_period_counts_every_day_in_New_Mexico_even_when_it_is_seven_days()
    {
        // Rule 1-006(A)(1): a unit longer than a day counts every day; 1 week after Wednesday 2026-11-18 is Wednesday 2026-11-25.
        Assert.Equal(new LocalDate(2026, 11, 25), Due("us-nm", new(2026, 11, 18), 1, PeriodUnit.Weeks, Direction.After));
        // The same seven days stated in days are court days: Thanksgiving and the day after are skipped.
        Assert.Equal(new LocalDate(2026, 12, 1), Due("us-nm", new(2026, 11, 18), 7, PeriodUnit.Days, Direction.After));
    }

    [Fact]
    public void An_eleven_day_New_Mexico_period_counts_every_day_and_rolls_past_the_day_after_Thanksgiving()
    {
        Assert.Equal(new LocalDate(2026, 11, 30), Due("us-nm", new(2026, 11, 16), 11, PeriodUnit.Days, Direction.After));
    }

    [Fact]
    public void A_deadline_on_a_closure_day_rolls_past_it()
    {
        // One day after Tuesday 2018-12-04 is the National Day of Mourning of 2018-12-05.
        Assert.Equal(new LocalDate(2018, 12, 6), Due("us-fed", new(2018, 12, 4), 1, PeriodUnit.Days, Direction.After));
    }

    [Fact]
    public void A_zero_day_period_ends_on_the_trigger_or_the_next_court_day()
    {
        Assert.Equal(new LocalDate(2025, 3, 3), Due("us-fed", new(2025, 3, 3), 0, PeriodUnit.Days, Direction.After));
        Assert.Equal(new LocalDate(2025, 3, 3), Due("us-fed", new(2025, 3, 1), 0, PeriodUnit.Days, Direction.After));
    }
}
