namespace Clerk.Domain;

/// <summary>Whether a party is a natural person or an organization.</summary>
public enum PartyKind
{
    Person,
    Organization,
}

/// <summary>
/// A person or organization that takes part in cases. <see cref="Description"/> says who they are
/// when the sources do not name them ("three crew members who worked as contractors").
/// </summary>
public sealed record Party(PartyId Id, string Name, PartyKind Kind, string? Description);
