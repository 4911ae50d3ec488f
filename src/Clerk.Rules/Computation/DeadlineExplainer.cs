using Clerk.Rules.Calendars;
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
        var steps = new List<string>();
        var skipped = new List<SkippedDay>();
        var forward = request.Direction == Direction.After;
        var step = forward ? 1 : -1;
        var table = set.TableFor(row, request.Direction);
        var direction = forward ? "after" : "before";

        steps.Add($"Rule: {row.Authority} (row {row.Id}, {row.InForce}), the rule in force on {Text.Date(rulesDate)}"
            + (request.RulesAsOf is null ? ", the trigger date." : ", the date asked for instead of the trigger date."));
        if (row.Caution is { } caution)
        {
            steps.Add($"Caution: {caution}");
        }

        steps.Add($"Start: {Text.Day(request.Trigger)}, the day of the triggering event, is not counted.");
        if (set.Data.StateCalendarId is { } state)
        {
            steps.Add(forward || row.StateHolidaysBackward
                ? $"Holidays of the {set.Data.CalendarId} calendar and of the state ({state}) are legal holidays for this period."
                : $"Holidays of the {set.Data.CalendarId} calendar are legal holidays; state ({state}) holidays count only for periods counted forward.");
        }

        var day = request.Trigger;
        if (CompiledRuleSet.IsShortPeriod(row, request))
        {
            steps.Add($"Count {Text.Units(request.Count, request.Unit)} {direction}, excluding intermediate Saturdays, Sundays and legal holidays: "
                + $"the period is {row.ShortPeriodMaxDays} days or less ({row.Authority}).");
            var counted = 0;
            while (counted < request.Count)
            {
                day = day.PlusDays(step);
                if (table.WhyNotCourtDay(day) is { } why)
                {
                    Skip(day, why, "excluded from the count");
                }
                else
                {
                    counted++;
                    steps.Add($"Day {counted}: {Text.Day(day)}.");
                }
            }
        }
        else
        {
            day = CompiledRuleSet.Shift(request.Trigger, request.Count, request.Unit, request.Direction);
            var lastDayNote = request.Unit is PeriodUnit.Months or PeriodUnit.Years && day.Day != request.Trigger.Day
                ? $" (the month has no day {request.Trigger.Day}, so the period ends on its last day)"
                : "";
            steps.Add($"Count {Text.Units(request.Count, request.Unit)} {direction}, every day counting, weekends and holidays included: "
                + $"the last day is {Text.Day(day)}{lastDayNote}.");
            day = Roll(day);
        }

        var serviceDays = 0;
        var citation = row.Authority;
        if (request.Service != ServiceMethod.None)
        {
            var serviceRow = set.ServiceFor(rulesDate);
            if (!forward)
            {
                steps.Add($"No days added for {Text.Service(request.Service)}: service days apply only to periods counted after service.");
            }
            else if (serviceRow is null || !serviceRow.Covers(request.Service))
            {
                steps.Add($"No days added for {Text.Service(request.Service)} on {Text.Date(rulesDate)}"
                    + (serviceRow is null ? "." : $": {serviceRow.Authority} ({serviceRow.InForce}) adds days only for {string.Join(", ", Array.ConvertAll(serviceRow.Methods, Text.Service))}."));
            }
            else
            {
                serviceDays = serviceRow.Days;
                citation = $"{row.Authority}; {serviceRow.Authority}";
                day = day.PlusDays(serviceDays);
                steps.Add($"Add {Text.Units(serviceDays, PeriodUnit.Days)} for {Text.Service(request.Service)} after the period would otherwise expire "
                    + $"({serviceRow.Authority}, {serviceRow.InForce}): {Text.Day(day)}.");
                forward = true;
                step = 1;
                table = set.Forward;
                day = Roll(day);
            }
        }

        steps.Add($"Due: {Text.Day(day)}.");
        return new Deadline(day, request, citation, steps, row.Id, skipped, serviceDays);

        LocalDate Roll(LocalDate last)
        {
            var rolled = false;
            while (table.WhyNotCourtDay(last) is { } why)
            {
                Skip(last, why, "not a court day");
                last = last.PlusDays(step);
                rolled = true;
                if (last < CourtDayTable.FirstDate || last > CourtDayTable.LastDate)
                {
                    throw new RulesException("request", Text.Date(last), [$"{RuleBook.FirstYear}..{RuleBook.LastYear}"],
                        $"The deadline rolls past the supported dates ({Text.Date(last)}).");
                }
            }

            steps.Add(rolled
                ? $"Roll {(step > 0 ? "forward" : "backward")} to {Text.Day(last)}, the {(step > 0 ? "next" : "previous")} day that is not a Saturday, Sunday or legal holiday ({row.Authority})."
                : $"{Text.Day(last)} is a court day: no roll.");
            return last;
        }

        void Skip(LocalDate date, string why, string effect)
        {
            skipped.Add(new SkippedDay(date, why));
            steps.Add($"Skip {Text.Day(date)}: {why}; {effect}.");
        }
    }
}
