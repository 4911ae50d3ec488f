using Clerk.Store;

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
