namespace Clerk.Domain;

/// <summary>The relief a motion asks for, normalized.</summary>
public enum MotionType
{
    Dismiss,
    Stay,
    SummaryJudgment,
    Compel,
    Continuance,
    Reconsideration,
    NewTrial,
    Other,
}

/// <summary>Where a motion stands.</summary>
public enum MotionStatus
{
    Pending,
    Granted,
    Denied,
    GrantedInPart,
    Withdrawn,
    Moot,
}

/// <summary>The court's decision on a motion: when, in which docket entry, by which judge.</summary>
public sealed record Ruling(PartialDate Date, int? EntrySequence, JudgeId? Judge);

/// <summary>
/// A request to the court. A motion that is decided (granted, denied, granted in part, moot) has
/// its <see cref="Ruling"/>; a pending or withdrawn one has none. A ruling is not dated before the
/// motion was filed. A stay motion may name the case it asks this one to wait for
/// (<see cref="AwaitedCase"/>); no other motion does.
/// </summary>
public sealed record Motion
{
    public Motion(MotionId id, CaseId @case, MotionType type, PartyId movant, string relief, MotionStatus status, PartialDate? filed, Ruling? ruling, CaseId? awaitedCase)
    {
        var fact = new FactRef(FactKind.Motion, id.Value);
        var decided = status is MotionStatus.Granted or MotionStatus.Denied or MotionStatus.GrantedInPart or MotionStatus.Moot;
        if (decided && ruling is null)
        {
            throw new DomainRuleException(fact, "a decided motion has a ruling", $"status {status}, no ruling");
        }

        if (!decided && ruling is not null)
        {
            throw new DomainRuleException(fact, "a pending or withdrawn motion has no ruling", $"status {status}, ruling {ruling.Date}");
        }

        if (filed is { } f && ruling is not null && ruling.Date.Latest < f.Earliest)
        {
            throw new DomainRuleException(fact, "a ruling is not dated before its motion", $"filed {f}, ruled {ruling.Date}");
        }

        if (awaitedCase is not null && type != MotionType.Stay)
        {
            throw new DomainRuleException(fact, "only a stay motion waits for another case", $"type {type}, awaited case {awaitedCase}");
        }

        if (awaitedCase == @case)
        {
            throw new DomainRuleException(fact, "a stay does not wait for its own case", $"awaited case {awaitedCase}");
        }

        Id = id;
        Case = @case;
        Type = type;
        Movant = movant;
        Relief = relief;
        Status = status;
        Filed = filed;
        Ruling = ruling;
        AwaitedCase = awaitedCase;
    }

    public MotionId Id { get; private init; }

    public CaseId Case { get; private init; }

    public MotionType Type { get; private init; }

    /// <summary>The party that filed the motion; a party of <see cref="Case"/>.</summary>
    public PartyId Movant { get; private init; }

    /// <summary>The relief sought, in words.</summary>
    public string Relief { get; private init; }

    public MotionStatus Status { get; private init; }

    public PartialDate? Filed { get; private init; }

    public Ruling? Ruling { get; private init; }

    /// <summary>For a stay: the case whose end the movant asks this case to wait for.</summary>
    public CaseId? AwaitedCase { get; private init; }
}
