using Clerk.Store;
using Clerk.Testing;

namespace Clerk.App.Tests;

/// <summary>A store over a new, empty database of the kind asked for (see <see cref="TestDatabase"/>), removed afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly TestDatabase _database;

    public TempStore(Db kind = Db.Sqlite)
    {
        _database = new TestDatabase(kind);
        Store = _database.Open();
    }

    /// <summary>The database as <c>--db</c> takes it; for SQLite, the file's path.</summary>
    public string Path => _database.Name;

    /// <summary>The store's name in messages (a PostgreSQL database's URL without the password).</summary>
    public string Shown => Store.Options.Path;

    public ClerkStore Store { get; private set; }

    /// <summary>Closes and opens the database again, as a second process would.</summary>
    public ClerkStore Reopen()
    {
        Store.Dispose();
        Store = _database.Open();
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        _database.Dispose();
    }
}
