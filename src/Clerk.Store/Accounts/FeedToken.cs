using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Accounts;

/// <summary>
/// The secret in a calendar feed's URL, stored as its SHA-256 hash. A feed shows what its owner may
/// see: all their cases' deadlines (<see cref="Case"/> null) or one case's. Revoking deletes the row.
/// </summary>
public sealed record FeedToken(string Hash, string UserId, CaseId? Case, Instant Created);
