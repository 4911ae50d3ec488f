using Clerk.App.Access;
using Clerk.App.Accounts;
using Clerk.App.Demo;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clerk.Web.Tests;

/// <summary>
/// The web app in process over a real SQLite file holding the Rust demo, removed afterwards. It has an
/// account of each role and one outsider, each with an API token, and the criminal case is restricted
/// to the editor and the viewer: for the outsider (and anonymous visitors) it does not exist.
/// </summary>
public class DemoSite : WebApplicationFactory<WebOptions>
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clerk-web-").FullName;
    private readonly Dictionary<string, string> _tokens = [];

    public DemoSite()
        : this(demo: true)
    {
    }

    protected DemoSite(bool demo)
    {
        Demo = demo;
        using var store = ClerkStore.Open(new StoreOptions(DatabasePath));
        DemoMatter.StoreAsync(store).GetAwaiter().GetResult();
        var accounts = new AccountService(store, NodaTime.SystemClock.Instance);
        foreach (var (name, role) in new[] { ("admin", Role.Admin), ("editor", Role.Editor), ("viewer", Role.Viewer), ("outsider", Role.Viewer) })
        {
            var account = accounts.AddUserAsync(Viewer.Operator, $"{name}@example.org", role).GetAwaiter().GetResult();
            Passwords[name] = account.Password;
            _tokens[name] = accounts.CreateTokenAsync(Viewer.Operator, account.Email, "tests").GetAwaiter().GetResult();
        }

        new CaseAccessService(store).RestrictAsync(Viewer.Operator, Restricted, ["editor@example.org", "viewer@example.org"]).GetAwaiter().GetResult();
    }

    /// <summary>The case only the editor and the viewer may see.</summary>
    public static CaseId Restricted { get; } = new("rust-criminal");

    public bool Demo { get; }

    public string DatabasePath => Path.Combine(_dir, "demo.db");

    /// <summary>The one-time passwords of the accounts, by name (admin, editor, viewer, outsider).</summary>
    public Dictionary<string, string> Passwords { get; } = [];

    /// <summary>A client that calls as the named account with its API token; null: anonymous.</summary>
    public HttpClient As(string? account)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (account is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", _tokens[account]);
        }

        return client;
    }

    /// <summary>Opens the site's database, as another process would.</summary>
    public ClerkStore OpenStore() => ClerkStore.Open(new StoreOptions(DatabasePath));

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Clerk:Db", DatabasePath);
        builder.UseSetting("Clerk:Demo", Demo ? "true" : "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>The same site not in demo mode: nothing is readable without signing in.</summary>
public sealed class PrivateSite : DemoSite
{
    public PrivateSite()
        : base(demo: false)
    {
    }
}
