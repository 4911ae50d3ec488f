using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules.Explanation;

/// <summary>
/// One step of the trail behind a computed date, as data: what kind of step, the day it is about, the rule row
/// and citation it applies, and why. <see cref="Text"/> renders it to English through <see cref="StepText"/>,
/// the one formatter, so every front end shows the same words.
/// </summary>
/// <param name="Date">The day the step is about (the start, a counted or skipped day, the last day), when it has one.</param>
/// <param name="Rule">The id of the data row applied (<c>frcp-6a-2009</c>, a service row, a closure, a claim kind).</param>
/// <param name="Citation">The authority of that row.</param>
/// <param name="Reason">Why: a skipped day's holiday, a caution's warning, a note's text.</param>
public sealed record ExplanationStep(StepKind Kind, LocalDate? Date = null, string? Rule = null, string? Citation = null, string? Reason = null)
{
    /// <summary>A number of days or units: the period's length, a counted day's number, the days added.</summary>
    public int? Days { get; init; }

    /// <summary>The unit of <see cref="Days"/> for a period (<see cref="StepKind.Count"/>, <see cref="StepKind.Limitation"/>).</summary>
    public PeriodUnit? Unit { get; init; }

    /// <summary>Which way a period is counted or a day is rolled.</summary>
    public Direction? Direction { get; init; }

    /// <summary>The method of service, for the service steps.</summary>
    public ServiceMethod? Service { get; init; }

    /// <summary>The time of day, for a period stated in hours.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>The event that starts a catalogue rule's period (<c>judgment-entered</c>).</summary>
    public string? Event { get; init; }

    /// <summary>The days the applied row is in force.</summary>
    public InForce? InForce { get; init; }

    /// <summary>The step in English, as every front end shows it.</summary>
    public string Text => StepText.Format(this);
}
