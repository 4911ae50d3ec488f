using Microsoft.AspNetCore.Authorization;

namespace Clerk.Web.Accounts;

/// <summary>
/// Who may read at all: anyone on a demo server, otherwise only a signed-in account. The policy every
/// page and endpoint falls back to; sign-in, health and feeds (whose URL is their secret) opt out.
/// </summary>
public sealed class ReadAccess : AuthorizationHandler<ReadAccess>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccess requirement)
    {
        var demo = context.Resource is HttpContext http && http.RequestServices.GetRequiredService<WebOptions>().Demo;
        if (demo || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
