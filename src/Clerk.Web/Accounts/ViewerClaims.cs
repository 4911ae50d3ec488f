using System.Security.Claims;
using Clerk.App.Access;
using Clerk.App.Accounts;

namespace Clerk.Web.Accounts;

/// <summary>Who a request is for, as the application layer sees it: the signed-in account (by cookie or API token) or an anonymous visitor.</summary>
public static class ViewerClaims
{
    /// <summary>The viewer a request's user stands for; the highest of its roles counts.</summary>
    public static Viewer Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return Viewer.Anonymous;
        }

        var role = Enum.GetValues<Role>().Where(r => user.IsInRole(AccountService.RoleName(r))).DefaultIfEmpty(Role.Viewer).Max();
        return new Viewer(id, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? id, role);
    }

    /// <summary>A principal for a viewer found by its API token.</summary>
    public static ClaimsPrincipal Principal(Viewer viewer, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, viewer.UserId!),
        new Claim(ClaimTypes.Name, viewer.Name),
        new Claim(ClaimTypes.Email, viewer.Name),
        new Claim(ClaimTypes.Role, AccountService.RoleName(viewer.Role ?? Role.Viewer)),
    ], scheme));
}
