using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules;

/// <summary>
/// A deadline for a period stated in hours (Fed. R. Civ. P. 6(a)(2); Rule 1-006(A)(3) NMRA): it begins to run at the
/// triggering event, every hour counts, and a period ending on a Saturday, Sunday or legal holiday runs to the same
/// time on the next day that is not one.
/// </summary>
/// <param name="Due">The day and time the period ends.</param>
/// <param name="RuleCitation">The rule for periods in hours that was applied.</param>
public sealed record HoursDeadline(
    LocalDateTime Due,
    string RuleSetId,
    LocalDateTime Trigger,
    int Hours,
    string RuleCitation,
    string RuleRowId,
    IReadOnlyList<ExplanationStep> Explanation)
{
    /// <summary>The explanation in English, one line per step (<see cref="StepText"/>).</summary>
    public IReadOnlyList<string> Steps => StepText.Lines(Explanation);

    /// <summary>The ids of the data rows the result depends on that could not be confirmed against their primary text.</summary>
    public IReadOnlyList<string> Unconfirmed { get; init; } = [];

    /// <summary>True when a closure by order moved the time, or it falls on a closure the data does not treat as a holiday.</summary>
    public bool VerifyClosure { get; init; }
}
