using System.Net.Mail;
using Clerk.App.Access;
using Clerk.App.Editing;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Clerk.App.Accounts;

/// <summary>
/// Accounts (ASP.NET Core Identity's tables in Clerk's database), their roles, personal API tokens and
/// calendar-feed secrets. Passwords are hashed as Identity hashes them, so the web's sign-in checks
/// what the command line made; tokens and feed secrets are stored as SHA-256 hashes and shown once.
/// </summary>
public sealed class AccountService(ClerkStore store, IClock clock)
{
    private static readonly PasswordHasher<IdentityUser> Hasher = new();

    /// <summary>The e-mail address of the account made on first start.</summary>
    public const string FirstAdminEmail = "admin@localhost";

    /// <summary>Makes an account with a one-time password. Only an admin may.</summary>
    /// <exception cref="InvalidEditException">The e-mail address is not one, or has an account already (field <c>Email</c>).</exception>
    /// <exception cref="ForbiddenException">The viewer is not an admin.</exception>
    public async Task<NewAccount> AddUserAsync(Viewer viewer, string email, Role role, CancellationToken ct = default)
    {
        if (!viewer.IsAdmin)
        {
            throw new ForbiddenException("only an admin may add an account");
        }

        var address = email.Trim();
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            throw InvalidEditException.Of("Email", $"expected an e-mail address such as clerk@example.org, not \"{email}\"");
        }

        if (await FindAsync(address, ct) is not null)
        {
            throw InvalidEditException.Of("Email", $"{address} has an account already");
        }

        var password = Secrets.Password();
        var user = new IdentityUser
        {
            UserName = address,
            NormalizedUserName = Normalize(address),
            Email = address,
            NormalizedEmail = Normalize(address),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        await using var tx = await store.Db.Database.BeginTransactionAsync(ct);
        var roleId = await RoleIdAsync(role, ct);
        store.Db.Users.Add(user);
        store.Db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await store.Db.SaveChangesAsync(ct);
        store.Db.ChangeTracker.Clear();
        await tx.CommitAsync(ct);
        return new NewAccount(address, role, password);
    }

    /// <summary>
    /// On a database without accounts, makes the first admin (<see cref="FirstAdminEmail"/>) and returns it
    /// with its one-time password; null when there are accounts already.
    /// </summary>
    public async Task<NewAccount?> EnsureFirstAdminAsync(CancellationToken ct = default) =>
        await store.Db.Users.AnyAsync(ct) ? null : await AddUserAsync(Viewer.Operator, FirstAdminEmail, Role.Admin, ct);

    /// <summary>The account with this e-mail address as a viewer, or null.</summary>
    public async Task<Viewer?> ViewerAsync(string email, CancellationToken ct = default) =>
        await FindAsync(email, ct) is { } user ? await ViewerOfAsync(user, ct) : null;

    /// <summary>
    /// Makes a personal API token for the account, used as <c>Authorization: Bearer TOKEN</c>. An admin may
    /// make one for anyone, others only for themselves. The token is returned once and stored hashed.
    /// </summary>
    /// <exception cref="NotFoundException">No account has the e-mail address.</exception>
    /// <exception cref="ForbiddenException">The viewer is neither that account nor an admin.</exception>
    public async Task<string> CreateTokenAsync(Viewer viewer, string email, string name, CancellationToken ct = default)
    {
        var user = await FindAsync(email, ct) ?? throw new NotFoundException($"no account with e-mail address \"{email}\" in {store.Options.Path} (see 'clerk user add')");
        if (!viewer.IsAdmin && viewer.UserId != user.Id)
        {
            throw new ForbiddenException("only an admin may make a token for another account");
        }

        var token = Secrets.Token("clerk");
        store.Db.ApiTokens.Add(new ApiToken(Secrets.Hash(token), user.Id, string.IsNullOrWhiteSpace(name) ? "token" : name.Trim(), clock.GetCurrentInstant()));
        await store.Db.SaveChangesAsync(ct);
        store.Db.ChangeTracker.Clear();
        return token;
    }

    /// <summary>The account's tokens (never the tokens themselves): an id to revoke each by, its name and when it was made.</summary>
    public async Task<IReadOnlyList<TokenInfo>> TokensAsync(Viewer viewer, CancellationToken ct = default)
    {
        var rows = await store.Db.ApiTokens.AsNoTracking().Where(t => t.UserId == viewer.UserId).ToListAsync(ct);
        return [.. rows.OrderBy(t => t.Created).Select(t => new TokenInfo(t.Hash[..12], t.Name, t.Created))];
    }

    /// <summary>Revokes one of the viewer's own tokens by the id <see cref="TokensAsync"/> gave; false when none matched.</summary>
    public async Task<bool> RevokeTokenAsync(Viewer viewer, string id, CancellationToken ct = default) =>
        id.Length == 12 && await store.Db.ApiTokens.Where(t => t.UserId == viewer.UserId && t.Hash.StartsWith(id)).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The viewer a bearer token stands for; null when it is not a live token.</summary>
    public async Task<Viewer?> ViewerForTokenAsync(string token, CancellationToken ct = default)
    {
        var rows = await store.TokenHolderAsync(Secrets.Hash(token), ct);
        return rows.Count == 0 ? null : new Viewer(rows[0].Id, rows[0].Email ?? rows[0].UserName ?? rows[0].Id, RoleOf(rows.Select(r => r.Name)));
    }

    /// <summary>
    /// Makes (or makes anew, revoking the old one) the secret of the viewer's calendar feed: of every case
    /// they may see, or of one case. Returned once; the feed's URL carries it.
    /// </summary>
    /// <exception cref="NotFoundException">The case does not exist for the viewer.</exception>
    public async Task<string> CreateFeedAsync(Viewer viewer, CaseId? @case, CancellationToken ct = default)
    {
        var userId = viewer.UserId ?? throw new ForbiddenException("a calendar feed belongs to an account: sign in first");
        if (@case is { } c)
        {
            if (!await store.Db.Cases.AsNoTracking().AnyAsync(x => x.Id == c, ct))
            {
                throw CaseAccessService.NotFound(c, store);
            }

            await new CaseAccessService(store).EnsureVisibleAsync(viewer, c, ct);
        }

        var secret = Secrets.Token("feed");
        await using var tx = await store.Db.Database.BeginTransactionAsync(ct);
        await RevokeFeedAsync(viewer, @case, ct);
        store.Db.FeedTokens.Add(new FeedToken(Secrets.Hash(secret), userId, @case, clock.GetCurrentInstant()));
        await store.Db.SaveChangesAsync(ct);
        store.Db.ChangeTracker.Clear();
        await tx.CommitAsync(ct);
        return secret;
    }

    /// <summary>Revokes the viewer's feed of all their cases (<paramref name="case"/> null) or of one case; its URL stops working.</summary>
    public async Task<bool> RevokeFeedAsync(Viewer viewer, CaseId? @case, CancellationToken ct = default) =>
        await store.Db.FeedTokens.Where(f => f.UserId == viewer.UserId && f.Case == @case).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The feeds the viewer has: null for the feed of all their cases, else the case.</summary>
    public async Task<IReadOnlyList<CaseId?>> FeedsAsync(Viewer viewer, CancellationToken ct = default) =>
        await store.Db.FeedTokens.AsNoTracking().Where(f => f.UserId == viewer.UserId).Select(f => f.Case).ToListAsync(ct);

    /// <summary>Whose feed a secret opens, and of which case (null: all their cases); null when it opens none.</summary>
    public async Task<(Viewer Owner, CaseId? Case)?> FeedAsync(string secret, CancellationToken ct = default)
    {
        var hash = Secrets.Hash(secret);
        var feed = await store.Db.FeedTokens.AsNoTracking().FirstOrDefaultAsync(f => f.Hash == hash, ct);
        if (feed is null || await store.Db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == feed.UserId, ct) is not { } user)
        {
            return null;
        }

        return (await ViewerOfAsync(user, ct), feed.Case);
    }

    private Task<IdentityUser?> FindAsync(string email, CancellationToken ct)
    {
        var normalized = Normalize(email.Trim());
        return store.Db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
    }

    private async Task<Viewer> ViewerOfAsync(IdentityUser user, CancellationToken ct)
    {
        var names = await store.Db.UserRoles.AsNoTracking().Where(r => r.UserId == user.Id)
            .Join(store.Db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync(ct);
        return new Viewer(user.Id, user.Email ?? user.UserName ?? user.Id, RoleOf(names));
    }

    // The highest of the account's roles; an account with none reads as a viewer.
    private static Role RoleOf(IEnumerable<string?> names) =>
        Enum.GetValues<Role>().Where(r => names.Contains(RoleName(r))).DefaultIfEmpty(Role.Viewer).Max();

    private async Task<string> RoleIdAsync(Role role, CancellationToken ct)
    {
        var name = RoleName(role);
        var normalized = Normalize(name);
        if (await store.Db.Roles.AsNoTracking().Where(r => r.NormalizedName == normalized).Select(r => r.Id).FirstOrDefaultAsync(ct) is { } id)
        {
            return id;
        }

        var created = new IdentityRole(name) { NormalizedName = normalized };
        store.Db.Roles.Add(created);
        return created.Id;
    }

    /// <summary>The role as Identity stores it: admin, editor, viewer.</summary>
    public static string RoleName(Role role) => role.ToString().ToLowerInvariant();

    // As Identity's default lookup normalizer does, so its sign-in finds accounts made here.
    private static string Normalize(string text) => text.ToUpperInvariant();
}

/// <summary>A personal API token as its owner sees it later: an id to revoke it by, its name, when it was made.</summary>
public sealed record TokenInfo(string Id, string Name, Instant Created);
