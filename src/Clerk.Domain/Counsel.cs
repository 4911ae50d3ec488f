namespace Clerk.Domain;

/// <summary>A lawyer. <see cref="Contact"/> is the address block as the source gives it.</summary>
public sealed record Attorney(AttorneyId Id, string Name, string? Contact);

/// <summary>An attorney representing a party in a case, with roles as the source gives them ("LEAD ATTORNEY").</summary>
public sealed record Counsel(CaseId Case, AttorneyId Attorney, PartyId Client, IReadOnlyList<string> Roles);
