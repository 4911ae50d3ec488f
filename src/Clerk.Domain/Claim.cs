namespace Clerk.Domain;

/// <summary>
/// A civil claim: the cause of action, who claims against whom, what is alleged and the damages
/// alleged. <see cref="LimitationKind"/> names the row of the limitation table it falls under
/// ("personal-injury"); <see cref="Accrued"/> is the day the claim arose (the injury), when known.
/// </summary>
public sealed record Claim(
    ClaimId Id,
    CaseId Case,
    string CauseOfAction,
    string? LimitationKind,
    PartialDate? Accrued,
    IReadOnlyList<PartyId> Claimants,
    IReadOnlyList<PartyId> Against,
    IReadOnlyList<string> Allegations,
    IReadOnlyList<string> Damages);
