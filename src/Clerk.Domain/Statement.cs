namespace Clerk.Domain;

/// <summary>The capacity in which someone speaks.</summary>
public enum SpeakerRole
{
    Party,
    Counsel,
    Prosecutor,
    Judge,
    Other,
}

/// <summary>
/// A position someone took ("the suit is untimely"), with who said it, in what capacity, on whose
/// behalf, and when. <see cref="Topic"/> groups statements with what Clerk computes about the same
/// question ("timeliness" sits beside the limitation check).
/// </summary>
public sealed record Statement(
    StatementId Id,
    CaseId? Case,
    string Speaker,
    SpeakerRole Role,
    PartyId? OnBehalfOf,
    PartialDate? Date,
    string Text,
    string? Topic);
