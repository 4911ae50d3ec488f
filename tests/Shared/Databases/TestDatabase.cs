using Clerk.Store;
using Npgsql;

namespace Clerk.Testing;

/// <summary>The two databases Clerk runs on; a test over both takes one of these.</summary>
public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>Theory data: each test runs once on SQLite and once on PostgreSQL.</summary>
public sealed class BothDatabases : TheoryData<Db>
{
    public BothDatabases()
    {
        Add(Db.Sqlite);
        Add(Db.Postgres);
    }
}

/// <summary>
/// A new, empty database for one test, removed afterwards: a real SQLite file in a fresh temporary
/// folder, or a real database made on the PostgreSQL server that <c>./test.sh</c> starts (its
/// connection string in <c>CLERK_TEST_PG</c>) and dropped at the end. Without the server a
/// PostgreSQL test fails, naming what is missing; it never passes unrun.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable holding the test server's connection string (no database named).</summary>
    public const string ServerVariable = "CLERK_TEST_PG";

    private readonly string? _database;

    public TestDatabase(Db kind = Db.Sqlite)
    {
        Kind = kind;
        Dir = Directory.CreateTempSubdirectory("clerk-test-").FullName;
        if (kind == Db.Sqlite)
        {
            Name = System.IO.Path.Combine(Dir, "clerk.db");
            return;
        }

        _database = "clerk_test_" + Guid.NewGuid().ToString("N")[..20];
        Run($"CREATE DATABASE \"{_database}\"");
        Name = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
    }

    public Db Kind { get; }

    /// <summary>The database as <c>--db</c> takes it: the file's path, or a connection string.</summary>
    public string Name { get; }

    /// <summary>The SQLite file's path (the same as <see cref="Name"/>); for PostgreSQL, the connection string.</summary>
    public string Path => Name;

    /// <summary>A temporary folder of the test's own (for files beside the database), removed afterwards.</summary>
    public string Dir { get; }

    public StoreOptions Options => StoreOptions.Named(Name);

    public ClerkStore Open(bool create = true) => ClerkStore.Open(Options, create);

    /// <summary>The server's connection string, or an error saying how to get one.</summary>
    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException($"{ServerVariable} is not set: PostgreSQL tests need a server. Run ./test.sh (it starts one), or set {ServerVariable} to a connection string such as Host=127.0.0.1;Port=5432;Username=postgres.");

    /// <summary>The first column of the first row of <paramref name="sql"/>, read as another program would (no Clerk code between).</summary>
    public long Scalar(string sql)
    {
        using System.Data.Common.DbConnection connection = Kind == Db.Sqlite
            // Read-only: a reader must not make the file (or hold it) before the writer under test does.
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Name};Pooling=False;Mode=ReadOnly")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Name) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs SQL on the server's maintenance database.</summary>
    public static void Run(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            Run($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }

        Directory.Delete(Dir, recursive: true);
    }
}
