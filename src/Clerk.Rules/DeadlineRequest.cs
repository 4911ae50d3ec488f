using NodaTime;

namespace Clerk.Rules;

/// <summary>
/// A question to the deadline engine: the date a period runs from, how long it is, in which direction, and how
/// the triggering paper was served. For periods after service, <paramref name="Trigger"/> is the service date.
/// </summary>
/// <param name="RuleSetId">One of <see cref="RuleBook.RuleSetIds"/>.</param>
/// <param name="Trigger">The day of the event that triggers the period; it is never counted. Years 1990 to 2100.</param>
/// <param name="Count">The length of the period, zero or more units.</param>
public sealed record DeadlineRequest(
    string RuleSetId,
    LocalDate Trigger,
    int Count,
    PeriodUnit Unit,
    Direction Direction,
    ServiceMethod Service = ServiceMethod.None)
{
    /// <summary>
    /// Compute under the rules in force on this date instead of those in force on <see cref="Trigger"/>. Null (the
    /// default) means the trigger date decides, which is what the rules themselves say; set it only to reproduce an
    /// example written to illustrate a rule before it took effect. It governs both the counting rule and the
    /// service-days rule (which otherwise follows the service date, the trigger).
    /// </summary>
    public LocalDate? RulesAsOf { get; init; }

    /// <summary>The catalogue rule the period comes from, when the question was asked by rule name; its citation
    /// then heads the explanation.</summary>
    public CatalogueRule? Rule { get; init; }
}
