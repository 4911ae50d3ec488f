using Clerk.Domain;

namespace Clerk.Store.Rows;

/// <summary>
/// A stored citation: a source backs one fact (of any kind but a docket entry, whose citations are
/// <see cref="EntryCitationRow"/>s). <see cref="Fact"/> is the fact's name (unique with the
/// source); the typed columns say which row the fact is, and carry foreign keys to it, so a citation
/// goes when its fact goes and a case's citations are read by the <see cref="Case"/> index. Only the
/// columns of the fact's kind are set (see <see cref="CitationRows"/>).
/// </summary>
public sealed record CitationRow
{
    public required FactRef Fact { get; init; }

    public required SourceId Source { get; init; }

    public required FactKind Kind { get; init; }

    public string? Detail { get; init; }

    /// <summary>The case a case-scoped fact belongs to (the case itself, a link's first case, a motion's, …).</summary>
    public CaseId? Case { get; init; }

    /// <summary>A party, a participation's party, or a counsel's client.</summary>
    public PartyId? Party { get; init; }

    public PartyRole? Role { get; init; }

    public AttorneyId? Attorney { get; init; }

    public MotionId? Motion { get; init; }

    public ChargeId? Charge { get; init; }

    public ClaimId? Claim { get; init; }

    public StatementId? Statement { get; init; }

    public QuestionId? Question { get; init; }

    public CourtId? Court { get; init; }

    public JudgeId? Judge { get; init; }

    public IncidentId? Incident { get; init; }

    public CaseLinkKind? LinkKind { get; init; }

    public CaseId? LinkedCase { get; init; }

    public Citation ToCitation() => new(Source, Fact, Detail);
}
