using Clerk.Rules.Model;

namespace Clerk.Rules.Explanation;

/// <summary>
/// The one place explanation steps become English. A step carries data; the words are decided here, so the CLI,
/// the web pages and the JSON API cannot drift apart.
/// </summary>
public static class StepText
{
    public static string Format(ExplanationStep step) => step.Kind switch
    {
        StepKind.Catalogue => $"Deadline: {step.Reason} ({step.Citation}; row {step.Rule}, {step.InForce}): {Units(step)} {Way(step)} the event {step.Event}.",
        StepKind.Rule => $"Rule: {step.Citation} (row {step.Rule}, {step.InForce}), the rule in force on {Date(step)}, {step.Reason}.",
        StepKind.Caution => $"Caution: {step.Reason}",
        StepKind.Start => step.Time is { } start
            ? $"Start: {Day(step)} at {Text.Time(start)}; a period stated in hours begins to run at once."
            : $"Start: {Day(step)}, the day of the triggering event, is not counted.",
        StepKind.CountHours => $"Count {step.Days} hours, every hour counting, weekends and holidays included: the period would end {Day(step)}{At(step)}.",
        StepKind.Calendar or StepKind.Filing => step.Reason ?? "",
        StepKind.Count => $"Count {Units(step)} {Way(step)}, every day counting, weekends and holidays included: the last day is {Day(step)}{step.Reason}.",
        StepKind.CountCourtDays => $"Count {Units(step)} {Way(step)}, excluding intermediate Saturdays, Sundays and legal holidays: {step.Reason} ({step.Citation}).",
        StepKind.CountedDay => $"Day {step.Days}: {Day(step)}.",
        StepKind.Exclude => $"Skip {Day(step)}: {step.Reason}; excluded from the count.",
        StepKind.Skip => $"Skip {Day(step)}: {step.Reason}; not a court day.",
        StepKind.Roll when step.Time is not null =>
            $"Roll forward to {Day(step)}{At(step)}, the same time on the next day that is not a Saturday, Sunday or legal holiday ({step.Citation}).",
        StepKind.Roll => step.Direction == Direction.Before
            ? $"Roll backward to {Day(step)}, the previous day that is not a Saturday, Sunday or legal holiday ({step.Citation})."
            : $"Roll forward to {Day(step)}, the next day that is not a Saturday, Sunday or legal holiday ({step.Citation}).",
        StepKind.NoRoll => $"{Day(step)} is a court day: no roll.",
        StepKind.ServiceDays => $"Add {Units(step)} for {Text.Service(step.Service ?? ServiceMethod.None)} after the period would otherwise expire ({step.Citation}, {step.InForce}): {Day(step)}.",
        StepKind.NoServiceDays => $"No days added for {Text.Service(step.Service ?? ServiceMethod.None)}"
            + (step.Date is { } on ? $" on {Text.Date(on)}" : "") + (step.Reason is { } why ? $": {why}." : "."),
        StepKind.Due => $"Due: {Day(step)}{At(step)}.",
        StepKind.Limitation => $"Claim {step.Rule} ({step.Reason}): {Units(step)} from accrual, {step.Citation} ({step.InForce}).",
        StepKind.Accrual => $"Accrual date given: {Day(step)}; the last day is computed under rule set {step.Reason}.",
        StepKind.Tolling => $"Tolling ({step.Citation}): {step.Reason}.",
        StepKind.Note => $"Note: {step.Reason}",
        StepKind.NotModelled => $"Not modelled: {step.Reason}",
        _ => step.Reason ?? step.Kind.ToString(),
    };

    /// <summary>The JSON name of a kind: <c>service-days</c>, <c>counted-day</c>.</summary>
    public static string KindName(StepKind kind) => Clerk.Domain.Chronology.Split(kind.ToString(), '-');

    private static string Date(ExplanationStep step) => step.Date is { } d ? Text.Date(d) : "";

    private static string Day(ExplanationStep step) => step.Date is { } d ? Text.Day(d) : "";

    private static string At(ExplanationStep step) => step.Time is { } time ? $" at {Text.Time(time)}" : "";

    private static string Units(ExplanationStep step) => Text.Units(step.Days ?? 0, step.Unit ?? PeriodUnit.Days);

    private static string Way(ExplanationStep step) => step.Direction == Direction.Before ? "before" : "after";

    /// <summary>The steps as English lines, in order.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<ExplanationStep> steps) => [.. steps.Select(Format)];
}
