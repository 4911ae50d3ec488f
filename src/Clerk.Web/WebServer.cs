using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Clerk.App.Access;
using Clerk.App.Accounts;
using Clerk.App.Calendar;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.Store;
using Clerk.Web.Accounts;
using Clerk.Web.Api;
using Clerk.Web.Feeds;
using Clerk.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

namespace Clerk.Web;

/// <summary>Builds the web app: pages, API, feeds, accounts and health check over one Clerk database.</summary>
public static class WebServer
{
    /// <summary>The rate limiter policy of the sign-in form.</summary>
    public const string SignInLimit = "sign-in";

    private const string CookieOrToken = "cookie-or-token";

    /// <summary>The app, configured from <paramref name="args"/> (see <see cref="WebOptions"/>; <c>--urls</c> too).</summary>
    public static WebApplication Build(string[] args)
    {
        // The application is this assembly even when the clerk command hosts it, so that its pages are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Read when first needed, not here: test hosts add their settings when the app is built.
        builder.Services.AddSingleton(services => WebOptions.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(services => new Clerk.Store.StoreOptions(services.GetRequiredService<WebOptions>().Database) { LongLived = true });
        // One store per request: a store holds one connection, taken from the pool.
        builder.Services.AddScoped(services => ClerkStore.Open(services.GetRequiredService<Clerk.Store.StoreOptions>(), create: false));
        builder.Services.AddScoped(services => services.GetRequiredService<ClerkStore>().Db);

        // The application layer for the request's viewer: pages and the API inject these, never the store's
        // reads, so that a restricted case is absent for anyone not on its list (see CaseAccessService).
        builder.Services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services => ViewerClaims.Of(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new()));
        builder.Services.AddScoped(services => new CaseReader(services.GetRequiredService<ClerkStore>(), services.GetRequiredService<Viewer>()));
        builder.Services.AddScoped(services => new CaseDeadlineService(services.GetRequiredService<CaseReader>(), services.GetRequiredService<NodaTime.IClock>()));
        builder.Services.AddSingleton(services => new CalendarMemo(services.GetRequiredService<NodaTime.IClock>()));
        builder.Services.AddScoped(services => new DeadlineCalendar(services.GetRequiredService<CaseReader>(), services.GetRequiredService<CaseDeadlineService>(), services.GetRequiredService<CalendarMemo>()));
        builder.Services.AddScoped(services => new CaseAccessService(services.GetRequiredService<ClerkStore>()));
        builder.Services.AddScoped(services => new AccountService(services.GetRequiredService<ClerkStore>(), services.GetRequiredService<NodaTime.IClock>()));
        builder.Services.AddScoped(services => new RecordEditor(services.GetRequiredService<ClerkStore>(), services.GetRequiredService<Viewer>(), services.GetRequiredService<NodaTime.IClock>()));

        // Accounts: Identity's cookie for pages, personal tokens for the API.
        builder.Services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<Clerk.Store.ClerkDbContext>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "clerk";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/signin";
            o.LogoutPath = "/account/signout";
            o.AccessDeniedPath = "/account/signin";
        });
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = CookieOrToken;
                o.DefaultChallengeScheme = CookieOrToken;
                o.DefaultForbidScheme = CookieOrToken;
            })
            .AddPolicyScheme(CookieOrToken, "A cookie for pages, a token for the API", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? BearerTokenHandler.Name : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.Name, null);
        builder.Services.AddSingleton<IAuthorizationHandler, ReadAccess>();
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ReadAccess()).Build());
        builder.Services.AddHostedService<FirstAdmin>();

        // Sign-in attempts per client address: ten a minute, then 429 until the minute is over.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddOpenApi();
        builder.Services.AddRazorPages();
        builder.Services.AddClerkPages();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect("/cases")).ExcludeFromDescription();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Clerk API").WithNonce()).AllowAnonymous();
        app.MapApi();
        app.MapFeeds();
        app.MapClerkAssets();
        app.MapRazorPages();
        return app;
    }
}
