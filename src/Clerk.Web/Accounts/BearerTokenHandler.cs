using System.Text.Encodings.Web;
using Clerk.App.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clerk.Web.Accounts;

/// <summary>
/// Signs API calls in by a personal token (<c>Authorization: Bearer TOKEN</c>). A missing or unknown
/// token leaves the call anonymous; a challenge answers 401 with problem details.
/// </summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountService accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var viewer = await accounts.ViewerForTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return viewer is null
            ? AuthenticateResult.Fail("the token is not a live API token")
            : AuthenticateResult.Success(new AuthenticationTicket(ViewerClaims.Principal(viewer, Name), Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "Unauthorized",
            detail: "the API needs a personal token: Authorization: Bearer TOKEN (clerk token create EMAIL, or the account page)").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Forbidden").ExecuteAsync(Context);
    }
}
