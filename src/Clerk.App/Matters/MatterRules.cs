using Clerk.Domain;
using Clerk.Rules;
using Clerk.Store;
using Microsoft.EntityFrameworkCore;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Matters;

/// <summary>The rule book's vocabulary for checking matter files at load (the store does not depend on the rules).</summary>
internal static class MatterRules
{
    /// <summary>The vocabulary for a file loaded into <paramref name="store"/>, whose courts a file may name without defining them.</summary>
    public static RuleVocabulary For(ClerkStore store) =>
        new(RuleBook.Default.RuleSetIds, RuleBook.FirstYear, RuleBook.LastYear, LimitationProblem,
            court => store.Db.Courts.AsNoTracking().Where(c => c.Id == new CourtId(court)).Select(c => c.RuleSet).FirstOrDefault());

    // The check `clerk deadlines` makes for a claim, made at load: whatever it would fail on is the problem.
    private static string? LimitationProblem(string ruleSet, string kind, NodaTime.LocalDate accrued)
    {
        try
        {
            RuleBook.Default.CheckLimitation(ruleSet, kind, accrued, null);
            return null;
        }
        catch (RulesException e) when (e.Argument == "claimKind")
        {
            return $"unknown limitation kind \"{kind}\" for the court's rule set {ruleSet}; expected one of: {string.Join(", ", e.Accepted)}";
        }
        catch (RulesException e)
        {
            return e.Message;
        }
    }
}
