using NodaTime;

namespace Clerk.Rules;

/// <summary>
/// A computed deadline with the trail that produced it.
/// </summary>
/// <param name="Due">The last day to act.</param>
/// <param name="Request">The question that was asked.</param>
/// <param name="RuleCitation">The time-computation rule applied, and the service rule when service days were added.</param>
/// <param name="Steps">One human-readable line per step: the rule row, the start, the counting, each skipped day
/// and why, each roll forward or backward, the service days added, the result.</param>
/// <param name="RuleRowId">The id of the computation row in force (e.g. <c>frcp-6a-2009</c>).</param>
/// <param name="Skipped">Every day passed over while counting or rolling, in the order met.</param>
/// <param name="ServiceDaysAdded">Days added for the method of service (0 when none).</param>
public sealed record Deadline(
    LocalDate Due,
    DeadlineRequest Request,
    string RuleCitation,
    IReadOnlyList<string> Steps,
    string RuleRowId,
    IReadOnlyList<SkippedDay> Skipped,
    int ServiceDaysAdded);
