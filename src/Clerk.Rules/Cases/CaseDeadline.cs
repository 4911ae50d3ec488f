using Clerk.Domain;

namespace Clerk.Rules.Cases;

/// <summary>Where a deadline stands against the case's docket.</summary>
public enum DeadlineStatus
{
    /// <summary>Not yet due, and nothing on the docket meets it.</summary>
    Open,

    /// <summary>A docket entry filed on or before the due date meets it.</summary>
    Met,

    /// <summary>The due date has passed and no docket entry filed in time meets it.</summary>
    Missed,

    /// <summary>The case has no docket entries to check against.</summary>
    Unknown,
}

/// <summary>
/// A deadline that a case's own events start: which catalogue rule, which fact triggered it (a
/// motion filed, a ruling, a judgment), the computed <see cref="Deadline"/> with its explanation,
/// and its status against the docket (<see cref="MetBy"/> names the entry that met it).
/// </summary>
public sealed record CaseDeadline(
    CaseId Case,
    CatalogueRule Rule,
    FactRef Trigger,
    string TriggerText,
    Deadline Deadline,
    DeadlineStatus Status,
    DocketEntry? MetBy);
