namespace Clerk.Domain;

/// <summary>
/// A fact breaks a rule of the model. <see cref="Fact"/> names the fact (Motion rust-civil-dismiss),
/// <see cref="Rule"/> the rule it breaks ("a ruling is not dated before its motion"), and
/// <see cref="Detail"/> the values that break it.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(FactRef fact, string rule, string detail)
        : base($"{fact}: {rule} ({detail})")
    {
        Fact = fact;
        Rule = rule;
        Detail = detail;
    }

    /// <summary>The fact that breaks the rule.</summary>
    public FactRef Fact { get; }

    /// <summary>The rule, stated as it holds.</summary>
    public string Rule { get; }

    /// <summary>The values that break it.</summary>
    public string Detail { get; }
}
