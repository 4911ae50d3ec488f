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
        var steps = new List<ExplanationStep>();
        var skipped = new List<SkippedDay>();
        var forward = request.Direction == Direction.After;
        var step = forward ? 1 : -1;
        var table = set.TableFor(row, request.Direction);
        var cautions = new List<ExplanationStep>();
        var unconfirmed = new List<string>();
        var verifyClosure = false;

        if (request.Rule is { } catalogue)
        {
            steps.Add(new ExplanationStep(StepKind.Catalogue, null, catalogue.Id, catalogue.Authority, catalogue.Name)
            {
                Days = catalogue.Count, Unit = catalogue.Unit, Direction = catalogue.Direction, InForce = new InForce(catalogue.InForceFrom, catalogue.InForceTo),
                Event = catalogue.TriggerEvent,
            });
            DependsOn(catalogue.Id, catalogue.Authority, catalogue.Unconfirmed);
        }

        DependsOn(row.Id, row.Authority, row.Unconfirmed);
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
                    Skip(StepKind.Exclude, day, why);
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
                DependsOn(serviceRow.Id, serviceRow.Authority, serviceRow.Unconfirmed);
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

        foreach (var closure in set.UnappliedClosures.Where(c => c.Date == day))
        {
            verifyClosure = true;
            cautions.Add(new ExplanationStep(StepKind.Caution, closure.Date, closure.Id, closure.Authority,
                $"possible date: verify. The due date is the day of {closure.Name} ({closure.Authority}), which the data does not treat as a legal holiday; check whether the court was open."));
        }

        // Cautions stand right under the rule row, where a reader looks first, whichever step gave rise to them.
        steps.InsertRange(steps.FindIndex(s => s.Kind == StepKind.Rule) + 1, cautions);
        steps.Add(new ExplanationStep(StepKind.Due, day));
        return new Deadline(day, request, citation, steps, row.Id, skipped, serviceDays) { Unconfirmed = unconfirmed, VerifyClosure = verifyClosure };

        void DependsOn(string id, string? citation, string? why)
        {
            if (why is not null && !unconfirmed.Contains(id))
            {
                unconfirmed.Add(id);
                cautions.Add(new ExplanationStep(StepKind.Caution, null, id, citation, $"unconfirmed: the result depends on row {id}, whose source could not be confirmed ({why.Trim()})"));
            }
        }

        LocalDate Roll(LocalDate last)
        {
            var rolled = false;
            while (table.WhyNotCourtDay(last) is { } why)
            {
                Skip(StepKind.Skip, last, why);
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

        void Skip(StepKind kind, LocalDate date, string why)
        {
            if (table.HolidayOn(date) is { } holiday)
            {
                DependsOn(holiday.RowId, holiday.Authority, holiday.Unconfirmed);
                if (holiday.IsClosure && !verifyClosure)
                {
                    verifyClosure = true;
                    cautions.Add(new ExplanationStep(StepKind.Caution, date, holiday.RowId, holiday.Authority,
                        $"possible date: verify. {holiday.Name} on {Text.Date(date)} ({holiday.Authority}) moved this date. The data reads a closure of the executive departments by order as a day "
                        + "declared a holiday (Fed. R. Civ. P. 6(a)(6)(B)); that reading is contested (Latham v. Dominick's Finer Foods, 149 F.3d 673 (7th Cir. 1998), turned on whether the court itself was closed). Check the court's own closure notice."));
                }
            }

            skipped.Add(new SkippedDay(date, why));
            steps.Add(new ExplanationStep(kind, date, null, null, why));
        }
    }
}
