using NodaTime;

namespace Clerk.Store.MatterFiles;

/// <summary>
/// What the rules engine computes with, given to <see cref="MatterReader"/> by the caller (the store
/// does not depend on Clerk.Rules): a matter file that names a rule set it does not know, or a claim
/// it cannot measure, is refused at load with its line instead of failing later in <c>clerk deadlines</c>.
/// </summary>
/// <param name="RuleSets">The rule set ids a court may name.</param>
/// <param name="FirstYear">The first year dates are computed for.</param>
/// <param name="LastYear">The last year dates are computed for.</param>
/// <param name="LimitationProblem">Given a rule set, a limitation kind and an accrual day: why no limitation can be computed, or null.</param>
/// <param name="StoredCourtRules">The rule set of a court already stored (a file may name such a court), or null.</param>
public sealed record RuleVocabulary(
    IReadOnlyList<string> RuleSets, int FirstYear, int LastYear, Func<string, string, LocalDate, string?> LimitationProblem, Func<string, string?>? StoredCourtRules = null);
