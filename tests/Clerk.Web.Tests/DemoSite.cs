using Clerk.App.Demo;
using Clerk.Store;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clerk.Web.Tests;

/// <summary>The web app in process over a real SQLite file holding the Rust demo, removed afterwards.</summary>
public sealed class DemoSite : WebApplicationFactory<WebOptions>
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clerk-web-").FullName;

    public DemoSite()
    {
        using var store = ClerkStore.Open(new StoreOptions(DatabasePath));
        DemoMatter.StoreAsync(store).GetAwaiter().GetResult();
    }

    public string DatabasePath => Path.Combine(_dir, "demo.db");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Clerk:Db", DatabasePath);
        builder.UseSetting("Clerk:Demo", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
