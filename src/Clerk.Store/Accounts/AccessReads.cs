using Clerk.Domain;

namespace Clerk.Store.Accounts;

/// <summary>
/// The reads behind "which cases exist for whom", asked on every page and API call: plain statements
/// by primary key or index, without EF Core's query pipeline, whose per-query cost a server answering
/// thousands of reads a second feels.
/// </summary>
public static class AccessReads
{
    /// <summary>True when the case is restricted to an access list.</summary>
    public static async Task<bool> IsRestrictedAsync(this ClerkStore store, CaseId id, CancellationToken ct = default) =>
        (await store.QueryAsync<RestrictedCase>("SELECT \"Case\" FROM \"RestrictedCases\" WHERE \"Case\" = @p0", ct, id.Value)).Count > 0;

    /// <summary>True when the account is on the case's access list.</summary>
    public static async Task<bool> IsOnAccessListAsync(this ClerkStore store, CaseId id, string userId, CancellationToken ct = default) =>
        (await store.QueryAsync<CaseAccess>("SELECT \"Case\", \"UserId\" FROM \"CaseAccess\" WHERE \"Case\" = @p0 AND \"UserId\" = @p1", ct, id.Value, userId)).Count > 0;

    /// <summary>The restricted cases whose access list does not hold the account (all of them for <paramref name="userId"/> null).</summary>
    public static async Task<IReadOnlyList<CaseId>> RestrictedCasesHiddenFromAsync(this ClerkStore store, string? userId, CancellationToken ct = default)
    {
        var rows = userId is null
            ? await store.QueryAsync<RestrictedCase>("SELECT \"Case\" FROM \"RestrictedCases\"", ct)
            : await store.QueryAsync<RestrictedCase>(
                "SELECT r.\"Case\" FROM \"RestrictedCases\" r WHERE NOT EXISTS (SELECT 1 FROM \"CaseAccess\" a WHERE a.\"Case\" = r.\"Case\" AND a.\"UserId\" = @p0)", ct, userId);
        return [.. rows.Select(r => r.Case)];
    }

    /// <summary>The account an API token (by its hash) belongs to, one row per role it holds (one row with no role when it holds none); empty for no live token.</summary>
    public static Task<List<TokenHolder>> TokenHolderAsync(this ClerkStore store, string hash, CancellationToken ct = default) =>
        store.QueryAsync<TokenHolder>(
            "SELECT u.\"Id\", u.\"Email\", u.\"UserName\", r.\"Name\" FROM \"ApiTokens\" t JOIN \"AspNetUsers\" u ON u.\"Id\" = t.\"UserId\" " +
            "LEFT JOIN \"AspNetUserRoles\" ur ON ur.\"UserId\" = u.\"Id\" LEFT JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" WHERE t.\"Hash\" = @p0", ct, hash);
}

/// <summary>An account that holds an API token, with one of its roles (null when it has none).</summary>
public sealed record TokenHolder(string Id, string? Email, string? UserName, string? Name);
