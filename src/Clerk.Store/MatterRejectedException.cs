using Clerk.Domain;

namespace Clerk.Store;

/// <summary>A matter was not saved because it breaks the model's rules; nothing was written.</summary>
public sealed class MatterRejectedException(IReadOnlyList<DomainRuleException> violations)
    : Exception($"{violations.Count} rule(s) broken: " + string.Join("; ", violations.Select(v => v.Message)))
{
    public IReadOnlyList<DomainRuleException> Violations { get; } = violations;
}
