using Clerk.Domain;
using Clerk.Rules.Cases;

namespace Clerk.App.Calendar;

/// <summary>One deadline of a case, with the case it belongs to, for a calendar.</summary>
public sealed record DatedDeadline(Case Case, CaseDeadline Deadline)
{
    /// <summary>
    /// The deadline's identity for good: its case, its rule and the fact that triggered it, not its
    /// computed date. A calendar entry keeps this name when a change to the case moves the date.
    /// </summary>
    public string Uid => $"{Case.Id}/{Deadline.Rule.Id}/{Deadline.Trigger.Kind}/{Deadline.Trigger.Key}@clerk";
}
