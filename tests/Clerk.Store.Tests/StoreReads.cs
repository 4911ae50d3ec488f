using Clerk.Domain;

namespace Clerk.Store.Tests;

/// <summary>The store's reads, waited for: these tests check what is read, not how it is awaited.</summary>
internal static class StoreReads
{
    public static Matter? ReadCase(this ClerkStore store, CaseId id) => store.ReadCaseAsync(id).GetAwaiter().GetResult();

    public static Matter ReadCases(this ClerkStore store, IEnumerable<CaseId> ids) => store.ReadCasesAsync(ids).GetAwaiter().GetResult();

    public static IReadOnlyList<Case> Cases(this ClerkStore store, CaseFilter filter) => store.CasesAsync(filter).GetAwaiter().GetResult();
}
