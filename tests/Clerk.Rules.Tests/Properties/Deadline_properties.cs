using CsCheck;

namespace Clerk.Rules.Tests.Properties;

public sealed class Deadline_properties
{
    private const int Iterations = 20_000;

    [Fact]
    public void A_forward_deadline_never_lands_on_a_weekend_holiday_or_closure_of_its_calendar()
    {
        Generators.Requests.Where(r => r.Direction == Direction.After).Sample(r =>
        {
            var due = RuleBook.Default.ComputeDue(r);
            return !Generators.IsWeekend(due) && !Generators.IsHolidayFor(r, due, includeState: true);
        }, iter: Iterations);
    }

    [Fact]
    public void A_backward_deadline_never_lands_on_a_weekend_or_a_holiday_of_its_own_calendar()
    {
        Generators.Requests.Where(r => r.Direction == Direction.Before).Sample(r =>
        {
            var due = RuleBook.Default.ComputeDue(r);
            return !Generators.IsWeekend(due) && !Generators.IsHolidayFor(r, due, includeState: false);
        }, iter: Iterations);
    }

    [Fact]
    public void A_forward_result_is_never_earlier_than_the_plain_calendar_count()
    {
        Generators.Requests.Where(r => r.Direction == Direction.After)
            .Sample(r => RuleBook.Default.ComputeDue(r) >= Generators.PlainEnd(r), iter: Iterations);
    }

    [Fact]
    public void A_backward_result_is_never_later_than_the_plain_calendar_count()
    {
        Generators.Requests.Where(r => r.Direction == Direction.Before)
            .Sample(r => RuleBook.Default.ComputeDue(r) <= Generators.PlainEnd(r), iter: Iterations);
    }

    [Fact]
    public void A_New_Mexico_short_period_spans_exactly_N_court_days()
    {
        Generators.ShortNewMexicoPeriods.Sample(r =>
        {
            var due = RuleBook.Default.ComputeDue(r);
            var courtDays = 0;
            for (var day = r.Trigger.PlusDays(1); day <= due; day = day.PlusDays(1))
            {
                courtDays += Generators.IsWeekend(day) || Generators.IsHolidayFor(r, day, includeState: true) ? 0 : 1;
            }

            return courtDays == r.Count && !Generators.IsWeekend(due) && !Generators.IsHolidayFor(r, due, includeState: true);
        }, iter: Iterations / 4);
    }

    [Fact]
    public void The_fast_path_and_the_explained_path_always_agree()
    {
        Generators.Requests.Sample(r =>
        {
            var explained = RuleBook.Default.ComputeDeadline(r);
            return explained.Due == RuleBook.Default.ComputeDue(r) && explained.Steps[^1].EndsWith($"{explained.Due:uuuu-MM-dd}.", StringComparison.Ordinal);
        }, iter: Iterations / 4);
    }

    [Fact]
    public void Every_day_the_explanation_skips_is_a_weekend_holiday_or_closure()
    {
        Generators.Requests.Sample(r => RuleBook.Default.ComputeDeadline(r).Skipped
            .All(s => Generators.IsWeekend(s.Date) || Generators.IsHolidayFor(r, s.Date, includeState: true)), iter: Iterations / 4);
    }
}
