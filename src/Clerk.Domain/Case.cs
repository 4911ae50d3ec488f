namespace Clerk.Domain;

/// <summary>The kind of proceeding a case is.</summary>
public enum CaseKind
{
    Civil,
    Criminal,
    Appeal,
    Bankruptcy,
}

/// <summary>Where a case stands.</summary>
public enum CaseStatus
{
    Open,
    Stayed,
    Dismissed,
    Closed,
}

/// <summary>
/// A case in a court. <see cref="Filed"/> and <see cref="Terminated"/> are as precise as the sources
/// allow; a case is not terminated before it is filed.
/// </summary>
public sealed record Case
{
    public Case(CaseId id, CourtId court, string? docketNumber, string caption, CaseKind kind, CaseStatus status, JudgeId? judge, PartialDate? filed, PartialDate? terminated)
    {
        if (filed is { } f && terminated is { } t && t.Latest < f.Earliest)
        {
            throw new DomainRuleException(new FactRef(FactKind.Case, id.Value), "a case is not terminated before it is filed", $"filed {f}, terminated {t}");
        }

        Id = id;
        Court = court;
        DocketNumber = docketNumber;
        Caption = caption;
        Kind = kind;
        Status = status;
        Judge = judge;
        Filed = filed;
        Terminated = terminated;
    }

    public CaseId Id { get; private init; }

    public CourtId Court { get; private init; }

    /// <summary>The court's number for the case, as the court writes it; null when no source gives it.</summary>
    public string? DocketNumber { get; private init; }

    public string Caption { get; private init; }

    public CaseKind Kind { get; private init; }

    public CaseStatus Status { get; private init; }

    /// <summary>The judge assigned to the case.</summary>
    public JudgeId? Judge { get; private init; }

    public PartialDate? Filed { get; private init; }

    public PartialDate? Terminated { get; private init; }
}

/// <summary>A case arises from an incident.</summary>
public sealed record CaseIncident(CaseId Case, IncidentId Incident);
