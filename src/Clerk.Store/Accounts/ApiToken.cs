using NodaTime;

namespace Clerk.Store.Accounts;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored (<see cref="Hash"/>, lower-case hex): the
/// token itself is shown once, when it is made.
/// </summary>
public sealed record ApiToken(string Hash, string UserId, string Name, Instant Created);
