namespace Clerk.Store.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clerk-test-").FullName;

    public string Path => System.IO.Path.Combine(_dir, "clerk.db");

    public string Dir => _dir;

    public ClerkStore Open() => ClerkStore.Open(new StoreOptions(Path));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
