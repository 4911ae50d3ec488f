using Clerk.Rules.Calendars;
using Clerk.Rules.Explanation;
using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules.Computation;

/// <summary>
/// Computes a deadline by walking the calendar one day at a time and writes down every step: the rule row, the
/// start, each day counted or skipped, each roll, the service days. It is independent of the indexed fast path in
/// <see cref="CompiledRuleSet.DueIndex"/>, and the tests hold the two to the same answers.
/// </summary>
internal static class DeadlineExplainer
{
    public static Deadline Explain(CompiledRuleSet set, DeadlineRequest request, ComputationRow row, LocalDate rulesDate)
    {
        var trail = new Trail();
        var steps = trail.Steps;
        var forward = request.Direction == Direction.After;
        var step = forward ? 1 : -1;
        var table = set.TableFor(row, request.Direction);

        if (request.Rule is { } catalogue)
        {
            steps.Add(new ExplanationStep(StepKind.Catalogue, null, catalogue.Id, catalogue.Authority, catalogue.Name)
            {
                Days = catalogue.Count, Unit = catalogue.Unit, Direction = catalogue.Direction, InForce = new InForce(catalogue.InForceFrom, catalogue.InForceTo),
                Event = catalogue.TriggerEvent,
            });
            trail.DependsOn(catalogue.Id, catalogue.Authority, catalogue.Unconfirmed);
        }

        trail.DependsOn(row.Id, row.Authority, row.Unconfirmed);
        steps.Add(new ExplanationStep(StepKind.Rule, rulesDate, row.Id, row.Authority,
            request.RulesAsOf is null ? "the trigger date" : "the date asked for instead of the trigger date") { InForce = row.InForce });
        if (row.Caution is { } caution)
        {
            steps.Add(new ExplanationStep(StepKind.Caution, null, row.Id, row.Authority, caution));
        }

        steps.Add(new ExplanationStep(StepKind.Start, request.Trigger));
        if (set.Data.StateCalendarId is { } state)
        {
            steps.Add(new ExplanationStep(StepKind.Calendar, null, row.Id, row.Authority, forward || row.StateHolidaysBackward
                ? $"Holidays of the {set.Data.CalendarId} calendar and of the state ({state}) are legal holidays for this period."
                : $"Holidays of the {set.Data.CalendarId} calendar are legal holidays; state ({state}) holidays count only for periods counted forward."));
        }

        var day = request.Trigger;
        if (CompiledRuleSet.IsShortPeriod(row, request))
        {
            steps.Add(new ExplanationStep(StepKind.CountCourtDays, null, row.Id, row.Authority, $"the period is {row.ShortPeriodMaxDays} days or less")
            {
                Days = request.Count, Unit = request.Unit, Direction = request.Direction,
            });
            var counted = 0;
            while (counted < request.Count)
            {
                day = day.PlusDays(step);
                if (table.WhyNotCourtDay(day) is { } why)
                {
                    trail.Skip(table, StepKind.Exclude, day, why);
                }
                else
                {
                    counted++;
                    steps.Add(new ExplanationStep(StepKind.CountedDay, day) { Days = counted });
                }
            }
        }
        else
        {
            day = CompiledRuleSet.Shift(request.Trigger, request.Count, request.Unit, request.Direction);
            var lastDayNote = request.Unit is PeriodUnit.Months or PeriodUnit.Years && day.Day != request.Trigger.Day
                ? $" (the month has no day {request.Trigger.Day}, so the period ends on its last day)"
                : "";
            steps.Add(new ExplanationStep(StepKind.Count, day, row.Id, row.Authority, lastDayNote)
            {
                Days = request.Count, Unit = request.Unit, Direction = request.Direction,
            });
            day = Roll(day);
        }

        var serviceDays = 0;
        var citation = row.Authority;
        if (request.Service != ServiceMethod.None)
        {
            var serviceRow = set.ServiceFor(rulesDate);
            if (forward && serviceRow is not null)
            {
                trail.DependsOn(serviceRow.Id, serviceRow.Authority, serviceRow.Unconfirmed);
            }

            if (!forward)
            {
                steps.Add(new ExplanationStep(StepKind.NoServiceDays, null, null, null, "service days apply only to periods counted after service") { Service = request.Service });
            }
            else if (serviceRow is null || !serviceRow.Covers(request.Service))
            {
                steps.Add(new ExplanationStep(StepKind.NoServiceDays, rulesDate, serviceRow?.Id, serviceRow?.Authority,
                    serviceRow is null ? null : $"{serviceRow.Authority} ({serviceRow.InForce}) adds days only for {string.Join(", ", Array.ConvertAll(serviceRow.Methods, Text.Service))}")
                {
                    Service = request.Service, InForce = serviceRow?.InForce,
                });
            }
            else
            {
                serviceDays = serviceRow.Days;
                citation = $"{row.Authority}; {serviceRow.Authority}";
                day = day.PlusDays(serviceDays);
                steps.Add(new ExplanationStep(StepKind.ServiceDays, day, serviceRow.Id, serviceRow.Authority)
                {
                    Days = serviceDays, Unit = PeriodUnit.Days, Service = request.Service, InForce = serviceRow.InForce,
                });
                forward = true;
                step = 1;
                table = set.Forward;
                day = Roll(day);
            }
        }

        trail.CheckUnappliedClosures(set, day);
        var explanation = trail.Finish(new ExplanationStep(StepKind.Due, day));
        return new Deadline(day, request, citation, explanation, row.Id, trail.Skipped, serviceDays) { Unconfirmed = trail.Unconfirmed, VerifyClosure = trail.VerifyClosure };

        LocalDate Roll(LocalDate last)
        {
            var rolled = false;
            while (table.WhyNotCourtDay(last) is { } why)
            {
                trail.Skip(table, StepKind.Skip, last, why);
                last = last.PlusDays(step);
                rolled = true;
                if (last < CourtDayTable.FirstDate || last > CourtDayTable.LastDate)
                {
                    throw new RulesException("request", Text.Date(last), [$"{RuleBook.FirstYear}..{RuleBook.LastYear}"],
                        $"The deadline rolls past the supported dates ({Text.Date(last)}).");
                }
            }

            steps.Add(rolled
                ? new ExplanationStep(StepKind.Roll, last, row.Id, row.Authority) { Direction = step > 0 ? Direction.After : Direction.Before }
                : new ExplanationStep(StepKind.NoRoll, last));
            return last;
        }
    }

    /// <summary>
    /// A period stated in hours: it runs from the event itself, every hour counts, and when it would end on a day the
    /// court does not sit it runs to the same time on the next day it does. Holidays of the state calendar count, the
    /// period being counted forward.
    /// </summary>
    public static HoursDeadline ExplainHours(CompiledRuleSet set, ComputationRow row, string authority, LocalDateTime trigger, int hours)
    {
        var trail = new Trail();
        var table = set.Forward;
        trail.DependsOn(row.Id, authority, row.Unconfirmed);
        trail.Add(new ExplanationStep(StepKind.Rule, trigger.Date, row.Id, authority, "the trigger date") { InForce = row.InForce });
        trail.Add(new ExplanationStep(StepKind.Start, trigger.Date) { Time = trigger.TimeOfDay });
        if (set.Data.StateCalendarId is { } state)
        {
            trail.Add(new ExplanationStep(StepKind.Calendar, null, row.Id, authority,
                $"Holidays of the {set.Data.CalendarId} calendar and of the state ({state}) are legal holidays for this period."));
        }

        var end = trigger.PlusHours(hours);
        trail.Add(new ExplanationStep(StepKind.CountHours, end.Date, row.Id, authority) { Days = hours, Time = end.TimeOfDay });
        var day = end.Date;
        var rolled = false;
        while (table.WhyNotCourtDay(day) is { } why)
        {
            trail.Skip(table, StepKind.Skip, day, why);
            day = day.PlusDays(1);
            rolled = true;
            if (day > CourtDayTable.LastDate)
            {
                throw new RulesException("request", Text.Date(day), [$"{RuleBook.FirstYear}..{RuleBook.LastYear}"],
                    $"The deadline rolls past the supported dates ({Text.Date(day)}).");
            }
        }

        trail.Add(rolled
            ? new ExplanationStep(StepKind.Roll, day, row.Id, authority) { Direction = Direction.After, Time = end.TimeOfDay }
            : new ExplanationStep(StepKind.NoRoll, day));
        trail.CheckUnappliedClosures(set, day);
        var explanation = trail.Finish(new ExplanationStep(StepKind.Due, day) { Time = end.TimeOfDay });
        return new HoursDeadline(day.At(end.TimeOfDay), set.Id, trigger, hours, authority, row.Id, explanation)
        {
            Unconfirmed = trail.Unconfirmed, VerifyClosure = trail.VerifyClosure,
        };
    }
}
