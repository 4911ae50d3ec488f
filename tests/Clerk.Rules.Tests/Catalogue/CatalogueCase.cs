using NodaTime;

namespace Clerk.Rules.Tests.Catalogue;

/// <summary>One catalogue rule as the rule book states it, with a worked example computed by hand.</summary>
public sealed record CatalogueCase(
    string RuleSet,
    string Id,
    string Authority,
    int Count,
    PeriodUnit Unit,
    Direction Direction,
    LocalDate Trigger,
    LocalDate Expected)
{
    public override string ToString() => $"{RuleSet} {Id} ({Authority})";
}
