using Clerk.Domain;

namespace Clerk.Store.Accounts;

/// <summary>An account on a restricted case's access list.</summary>
public sealed record CaseAccess(CaseId Case, string UserId);
