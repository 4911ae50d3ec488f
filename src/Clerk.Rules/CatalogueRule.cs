using NodaTime;

namespace Clerk.Rules;

/// <summary>A common deadline of a rule set: what starts it, how long it runs, and the rule that sets it.</summary>
/// <param name="TriggerEvent">A kebab-case event name, e.g. <c>complaint-served</c>, <c>judgment-entered</c>.</param>
/// <param name="InForceFrom">The first day the row applies to a trigger on that day.</param>
/// <param name="InForceTo">The last such day, or null while in force.</param>
public sealed record CatalogueRule(
    string Id,
    string Name,
    string TriggerEvent,
    int Count,
    PeriodUnit Unit,
    Direction Direction,
    string Authority,
    LocalDate InForceFrom,
    LocalDate? InForceTo)
{
    /// <summary>Why the row could not be confirmed against its primary text, or null when it was.</summary>
    public string? Unconfirmed { get; init; }

    /// <summary>What the data records beside the row: disagreements, what is not modelled.</summary>
    public string? Notes { get; init; }

    /// <summary>Whether the row applies to a trigger on <paramref name="date"/>.</summary>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceTo is null || date <= InForceTo.Value);
}
