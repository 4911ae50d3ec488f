using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.Store;
using Clerk.Web.Accounts;

namespace Clerk.Web;

/// <summary>Builds the web app: pages, API and health check over one Clerk database.</summary>
public static class WebServer
{
    /// <summary>The app, configured from <paramref name="args"/> (see <see cref="WebOptions"/>; <c>--urls</c> too).</summary>
    public static WebApplication Build(string[] args)
    {
        // The application is this assembly even when the clerk command hosts it, so that its pages are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Read when first needed, not here: test hosts add their settings when the app is built.
        builder.Services.AddSingleton(services => WebOptions.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(services => new StoreOptions(services.GetRequiredService<WebOptions>().Database));
        // One store per request: a store holds one connection, and SQLite pools them.
        builder.Services.AddScoped(services => ClerkStore.Open(services.GetRequiredService<StoreOptions>(), create: false));
        // The application layer for the request's viewer: pages and the API inject these, never the store's
        // reads, so that a restricted case is absent for anyone not on its list (see CaseAccessService).
        builder.Services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services => ViewerClaims.Of(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new()));
        builder.Services.AddScoped(services => new CaseReader(services.GetRequiredService<ClerkStore>(), services.GetRequiredService<Viewer>()));
        builder.Services.AddScoped(services => new CaseDeadlineService(services.GetRequiredService<CaseReader>(), services.GetRequiredService<NodaTime.IClock>()));
        builder.Services.AddScoped(services => new CaseAccessService(services.GetRequiredService<ClerkStore>()));
        builder.Services.AddScoped(services => new RecordEditor(services.GetRequiredService<ClerkStore>(), services.GetRequiredService<Viewer>(), services.GetRequiredService<NodaTime.IClock>()));
        builder.Services.AddRazorPages();
        builder.Services.AddClerkPages();

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/", () => Results.Redirect("/cases"));
        app.MapClerkAssets();
        app.MapRazorPages();
        return app;
    }
}
