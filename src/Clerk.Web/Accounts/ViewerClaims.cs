using System.Security.Claims;
using Clerk.App.Access;

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

        Role? role = null;
        foreach (var r in Enum.GetValues<Role>())
        {
            if (user.IsInRole(RoleName(r)))
            {
                role = r;
            }
        }

        return new Viewer(id, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? id, role ?? Role.Viewer);
    }

    /// <summary>The role as Identity stores it: admin, editor, viewer.</summary>
    public static string RoleName(Role role) => role.ToString().ToLowerInvariant();
}
