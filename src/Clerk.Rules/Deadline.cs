using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules;

/// <summary>
/// A computed deadline with the trail that produced it.
/// </summary>
/// <param name="Due">The last day to act.</param>
/// <param name="Request">The question that was asked.</param>
/// <param name="RuleCitation">The time-computation rule applied, and the service rule when service days were added.</param>
/// <param name="Explanation">One step per line of the trail, as data: the rule row, the start, the counting, each
/// skipped day and why, each roll forward or backward, the service days added, any caution, the result.</param>
/// <param name="RuleRowId">The id of the computation row in force (e.g. <c>frcp-6a-2009</c>).</param>
/// <param name="Skipped">Every day passed over while counting or rolling, in the order met.</param>
/// <param name="ServiceDaysAdded">Days added for the method of service (0 when none).</param>
public sealed record Deadline(
    LocalDate Due,
    DeadlineRequest Request,
    string RuleCitation,
    IReadOnlyList<ExplanationStep> Explanation,
    string RuleRowId,
    IReadOnlyList<SkippedDay> Skipped,
    int ServiceDaysAdded)
{
    /// <summary>The explanation in English, one line per step (<see cref="StepText"/>).</summary>
    public IReadOnlyList<string> Steps => StepText.Lines(Explanation);

    /// <summary>The ids of the data rows this result depends on that could not be confirmed against their primary
    /// text (each also has a caution step); empty when every row used was confirmed.</summary>
    public IReadOnlyList<string> Unconfirmed { get; init; } = [];

    /// <summary>True when a closure by order moved the date, or the date falls on a closure the data does not treat
    /// as a holiday: the result is a possible date to verify against the court's own notice.</summary>
    public bool VerifyClosure { get; init; }
}
