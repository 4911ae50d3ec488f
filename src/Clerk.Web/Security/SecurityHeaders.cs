namespace Clerk.Web.Security;

/// <summary>
/// Headers on every response: a content security policy that runs no inline script and lets no
/// other site frame the app, no MIME sniffing, and no full URL (a feed's secret) sent elsewhere as a
/// referrer. The API reference page (Scalar) gets its own policy, with a nonce for its script tags.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var nonce = context.Items[Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey] as string;
            headers.ContentSecurityPolicy = nonce is null ? Policy
                : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data: https://fonts.scalar.com; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
