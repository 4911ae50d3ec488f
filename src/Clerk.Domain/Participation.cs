using NodaTime;

namespace Clerk.Domain;

/// <summary>The normalized role a party plays in a case.</summary>
public enum PartyRole
{
    Plaintiff,
    Defendant,
    Prosecution,
    Petitioner,
    Respondent,
    Appellant,
    Appellee,
    Debtor,
    Creditor,
    Trustee,
    Intervenor,
    InterestedParty,
    Other,
}

/// <summary>
/// A party's part in a case: the normalized <see cref="Role"/> beside the role as the source wrote it
/// (<see cref="RoleText"/>), and the day the party was terminated from the case, if it was.
/// </summary>
public sealed record Participation(CaseId Case, PartyId Party, PartyRole Role, string RoleText, LocalDate? Terminated);
