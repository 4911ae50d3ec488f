namespace Clerk.Domain;

/// <summary>How one case relates to another.</summary>
public enum CaseLinkKind
{
    /// <summary><c>To</c> is a criminal case running in parallel with <c>From</c> over the same events.</summary>
    ParallelCriminal,

    /// <summary><c>From</c> is an appeal of <c>To</c>.</summary>
    AppealOf,

    /// <summary><c>From</c> is consolidated with <c>To</c>.</summary>
    ConsolidatedWith,
}

/// <summary>A directed link between two cases; a case does not link to itself.</summary>
public sealed record CaseLink
{
    public CaseLink(CaseId from, CaseLinkKind kind, CaseId to)
    {
        if (from == to)
        {
            throw new DomainRuleException(new FactRef(FactKind.CaseLink, $"{from}/{kind}/{to}"), "a case does not link to itself", $"{kind} from {from} to {to}");
        }

        From = from;
        Kind = kind;
        To = to;
    }

    public CaseId From { get; private init; }

    public CaseLinkKind Kind { get; private init; }

    public CaseId To { get; private init; }
}
