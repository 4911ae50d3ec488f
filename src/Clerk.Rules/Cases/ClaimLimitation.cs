using Clerk.Domain;

namespace Clerk.Rules.Cases;

/// <summary>
/// A civil claim measured against its limitation period: the check (last day, timely or not, by how
/// many days), the filing date it was measured with (as precise as known), and the statements in
/// the case about timeliness, to be read beside it.
/// </summary>
public sealed record ClaimLimitation(Claim Claim, LimitationCheck Check, PartialDate? Filed, IReadOnlyList<Statement> Statements);

/// <summary>Limitation checks for the claims of a case.</summary>
public static class ClaimLimitations
{
    /// <summary>
    /// One check per claim that names its limitation kind and the day it accrued. A filing date known
    /// only to the month is measured at both ends of that month, so the answer holds whichever day it was.
    /// </summary>
    public static IReadOnlyList<ClaimLimitation> For(Matter matter, CaseId id, RuleBook rules, string? ruleSetId)
    {
        var theCase = matter.Cases.FirstOrDefault(c => c.Id == id);
        if (theCase is null || ruleSetId is null)
        {
            return [];
        }

        var statements = matter.Statements.Where(s => s.Case == id && s.Topic == "timeliness").ToList();
        var result = new List<ClaimLimitation>();
        foreach (var claim in matter.Claims.Where(c => c.Case == id && c.LimitationKind is not null && c.Accrued is not null))
        {
            // A partly known injury date is measured from its earliest day: the last day is then never later than the true one.
            var check = rules.CheckLimitation(ruleSetId, claim.LimitationKind!, claim.Accrued!.Value.Earliest, theCase.Filed?.Range);
            result.Add(new ClaimLimitation(claim, check, theCase.Filed, statements));
        }

        return result;
    }
}
