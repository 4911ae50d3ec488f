using Clerk.Domain;

namespace Clerk.Store.Accounts;

/// <summary>A case only the accounts on its access list (<see cref="CaseAccess"/>) may see.</summary>
public sealed record RestrictedCase(CaseId Case);
