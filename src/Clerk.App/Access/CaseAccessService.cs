using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Access;

/// <summary>
/// Which cases exist for whom. A restricted case exists only for the accounts on its access list
/// (and for the command line): for anyone else it is absent from every read, list, count, feed and
/// search, exactly as an unknown case is.
/// </summary>
public sealed class CaseAccessService(ClerkStore store)
{
    /// <summary>True when the case is not restricted, or the viewer is on its access list.</summary>
    public async Task<bool> MaySeeAsync(Viewer viewer, CaseId id, CancellationToken ct = default)
    {
        if (viewer.SeesEverything)
        {
            return true;
        }

        return !await store.IsRestrictedAsync(id, ct) || (viewer.UserId is { } user && await store.IsOnAccessListAsync(id, user, ct));
    }

    /// <summary>The restricted cases the viewer may not see (few: restriction is the exception), to leave out of lists.</summary>
    public async Task<IReadOnlySet<CaseId>> HiddenFromAsync(Viewer viewer, CancellationToken ct = default)
    {
        if (viewer.SeesEverything)
        {
            return new HashSet<CaseId>();
        }

        return (await store.RestrictedCasesHiddenFromAsync(viewer.UserId, ct)).ToHashSet();
    }

    /// <summary>Throws <see cref="NotFoundException"/>, worded as for an unknown case, when the viewer may not see the case.</summary>
    public async Task EnsureVisibleAsync(Viewer viewer, CaseId id, CancellationToken ct = default)
    {
        if (!await MaySeeAsync(viewer, id, ct))
        {
            throw NotFound(id, store);
        }
    }

    /// <summary>Whether the case is restricted, and who is on its list (their e-mail addresses, sorted).</summary>
    public async Task<(bool Restricted, IReadOnlyList<string> Allowed)> ListOfAsync(CaseId id, CancellationToken ct = default)
    {
        var restricted = await store.Db.RestrictedCases.AsNoTracking().AnyAsync(r => r.Case == id, ct);
        var emails = await store.Db.CaseAccess.AsNoTracking().Where(a => a.Case == id)
            .Join(store.Db.Users, a => a.UserId, u => u.Id, (a, u) => u.Email ?? u.UserName ?? u.Id).ToListAsync(ct);
        return (restricted, [.. emails.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Restricts the case to the accounts named by e-mail (added to any already on its list). Only an
    /// admin may; an admin not on the list of an already restricted case cannot see it to change it.
    /// </summary>
    /// <exception cref="NotFoundException">No such case (for this viewer), or an e-mail address names no account.</exception>
    /// <exception cref="ForbiddenException">The viewer is not an admin.</exception>
    public async Task RestrictAsync(Viewer viewer, CaseId id, IEnumerable<string> emails, CancellationToken ct = default)
    {
        await CheckAdminAsync(viewer, id, ct);
        var users = new List<string>();
        foreach (var email in emails)
        {
            var normalized = email.Trim().ToUpperInvariant();
            var user = await store.Db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException($"no account with e-mail address \"{email}\" in {store.Options.Path} (see 'clerk user add')");
            users.Add(user);
        }

        await using var tx = await store.Db.Database.BeginTransactionAsync(ct);
        if (!await store.Db.RestrictedCases.AnyAsync(r => r.Case == id, ct))
        {
            store.Db.RestrictedCases.Add(new RestrictedCase(id));
        }

        foreach (var user in users.Distinct(StringComparer.Ordinal))
        {
            if (!await store.Db.CaseAccess.AnyAsync(a => a.Case == id && a.UserId == user, ct))
            {
                store.Db.CaseAccess.Add(new CaseAccess(id, user));
            }
        }

        await store.Db.SaveChangesAsync(ct);
        store.Db.ChangeTracker.Clear();
        await tx.CommitAsync(ct);
    }

    /// <summary>Lifts the restriction: the case exists for every account again; its list is cleared.</summary>
    /// <exception cref="NotFoundException">No such case (for this viewer).</exception>
    /// <exception cref="ForbiddenException">The viewer is not an admin.</exception>
    public async Task OpenAsync(Viewer viewer, CaseId id, CancellationToken ct = default)
    {
        await CheckAdminAsync(viewer, id, ct);
        await using var tx = await store.Db.Database.BeginTransactionAsync(ct);
        await store.Db.CaseAccess.Where(a => a.Case == id).ExecuteDeleteAsync(ct);
        await store.Db.RestrictedCases.Where(r => r.Case == id).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task CheckAdminAsync(Viewer viewer, CaseId id, CancellationToken ct)
    {
        if (!await store.Db.Cases.AsNoTracking().AnyAsync(c => c.Id == id, ct) || !await MaySeeAsync(viewer, id, ct))
        {
            throw NotFound(id, store);
        }

        if (!viewer.IsAdmin)
        {
            throw new ForbiddenException("only an admin may change who can see a case");
        }
    }

    internal static NotFoundException NotFound(CaseId id, ClerkStore store) =>
        new($"no case with id \"{id}\" in {store.Options.Path} (see 'clerk cases')");
}
