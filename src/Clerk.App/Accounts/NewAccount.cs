using Clerk.App.Access;

namespace Clerk.App.Accounts;

/// <summary>An account just made, with its one-time password: shown once, stored only as a hash.</summary>
public sealed record NewAccount(string Email, Role Role, string Password);
