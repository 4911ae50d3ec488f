using Clerk.Domain;

namespace Clerk.App.Editing.Forms;

/// <summary>A civil claim: the cause of action, who claims against whom, what is alleged, the damages.</summary>
public sealed record ClaimForm : IRecordForm
{
    /// <summary>The claim's id; when adding, blank gives one made from the case's id.</summary>
    public string? Id { get; init; }

    public string? Cause { get; init; }

    /// <summary>The row of the limitation table it falls under (personal-injury), if any.</summary>
    public string? Limitation { get; init; }

    /// <summary>The day the claim arose (the injury), as precise as known.</summary>
    public string? Accrued { get; init; }

    /// <summary>Party ids, each a party of the case.</summary>
    public IReadOnlyList<string>? Claimants { get; init; }

    public IReadOnlyList<string>? Against { get; init; }

    public IReadOnlyList<string>? Allegations { get; init; }

    public IReadOnlyList<string>? Damages { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public static ClaimForm From(Claim x, IEnumerable<string> sources) => new()
    {
        Id = x.Id.Value,
        Cause = x.CauseOfAction,
        Limitation = x.LimitationKind,
        Accrued = x.Accrued?.ToString(),
        Claimants = [.. x.Claimants.Select(p => p.Value)],
        Against = [.. x.Against.Select(p => p.Value)],
        Allegations = x.Allegations,
        Damages = x.Damages,
        Sources = [.. sources],
    };

    public Claim? ToRecord(CaseId @case, Claim? current, Matter matter, FieldErrors errors)
    {
        var id = RecordIds.Of(Id, current?.Id.Value, @case, "claim", matter.Claims.Select(c => c.Id.Value), errors);
        var cause = errors.Required(Cause, nameof(Cause));
        var accrued = errors.PartialDate(Accrued, nameof(Accrued));
        var claimants = FieldErrors.Items(Claimants);
        var against = FieldErrors.Items(Against);
        if (claimants.Count == 0)
        {
            errors.Add(nameof(Claimants), "a claim has at least one claimant");
        }

        if (against.Count == 0)
        {
            errors.Add(nameof(Against), "a claim is against at least one party");
        }

        // Checked here rather than left to the model's rule, which does not say which list named the party.
        var parties = matter.Participations.Where(p => p.Case == @case).Select(p => p.Party.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, list) in new[] { (nameof(Claimants), claimants), (nameof(Against), against) })
        {
            foreach (var p in list.Where(p => !parties.Contains(p)))
            {
                errors.Add(field, $"\"{p}\" is not a party of case \"{@case}\"");
            }
        }

        return errors.Any ? null : new Claim(new ClaimId(id), @case, cause, FieldErrors.Optional(Limitation), accrued,
            [.. claimants.Select(p => new PartyId(p))], [.. against.Select(p => new PartyId(p))], FieldErrors.Items(Allegations), FieldErrors.Items(Damages));
    }
}
