using Clerk.Store;

namespace Clerk.App.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clerk-app-").FullName;

    public TempStore() => Store = ClerkStore.Open(new StoreOptions(Path));

    public string Path => System.IO.Path.Combine(_dir, "clerk.db");

    public ClerkStore Store { get; private set; }

    /// <summary>Closes and opens the database again, as a second process would.</summary>
    public ClerkStore Reopen()
    {
        Store.Dispose();
        Store = ClerkStore.Open(new StoreOptions(Path));
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
