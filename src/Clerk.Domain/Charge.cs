namespace Clerk.Domain;

/// <summary>A step in a criminal charge's life.</summary>
public enum ChargeStatus
{
    Filed,
    DismissedWithoutPrejudice,
    DismissedWithPrejudice,
    Refiled,
    Disposed,
}

/// <summary>One step of a charge's history; <see cref="Detail"/> carries the disposition or the source's words.</summary>
public sealed record ChargeEvent(ChargeStatus Status, PartialDate? Date, string? Detail);

/// <summary>
/// A count in a criminal case, with its statute and its history. The history begins with the
/// charge being filed, its dated steps are in order, and a refiling follows a dismissal without
/// prejudice (one with prejudice ends the charge).
/// </summary>
public sealed record Charge
{
    public Charge(ChargeId id, CaseId @case, int? count, string? statute, string description, IReadOnlyList<ChargeEvent> history)
    {
        var fact = new FactRef(FactKind.Charge, id.Value);
        if (history.Count == 0 || history[0].Status != ChargeStatus.Filed)
        {
            throw new DomainRuleException(fact, "a charge's history begins with its filing", history.Count == 0 ? "no history" : $"first step {history[0].Status}");
        }

        PartialDate? last = null;
        for (var i = 0; i < history.Count; i++)
        {
            var step = history[i];
            if (step.Date is { } d)
            {
                if (last is { } l && d.Latest < l.Earliest)
                {
                    throw new DomainRuleException(fact, "a charge's history is in date order", $"step {i + 1} ({step.Status}) dated {d}, after a step dated {l}");
                }

                last = d;
            }

            if (i > 0 && step.Status == ChargeStatus.Refiled && history[i - 1].Status != ChargeStatus.DismissedWithoutPrejudice)
            {
                throw new DomainRuleException(fact, "a charge is refiled only after a dismissal without prejudice", $"step {i + 1} follows {history[i - 1].Status}");
            }

            if (i > 0 && history[i - 1].Status is ChargeStatus.DismissedWithPrejudice or ChargeStatus.Disposed)
            {
                throw new DomainRuleException(fact, "nothing follows a dismissal with prejudice or a disposition", $"step {i + 1} ({step.Status}) follows {history[i - 1].Status}");
            }
        }

        Id = id;
        Case = @case;
        Count = count;
        Statute = statute;
        Description = description;
        History = history;
    }

    public ChargeId Id { get; private init; }

    /// <summary>The criminal case the charge belongs to.</summary>
    public CaseId Case { get; private init; }

    public int? Count { get; private init; }

    public string? Statute { get; private init; }

    public string Description { get; private init; }

    public IReadOnlyList<ChargeEvent> History { get; private init; }

    /// <summary>The latest step of the history.</summary>
    public ChargeStatus Status => History[^1].Status;
}
