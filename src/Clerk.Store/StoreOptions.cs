using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store;

/// <summary>
/// Which database Clerk uses. By default an embedded SQLite file (see <see cref="DefaultPath"/>);
/// <c>--db PATH</c> or the environment variable <c>CLERK_DB</c> name another file.
/// </summary>
public sealed record StoreOptions(string Path)
{
    /// <summary>The environment variable that names the database file when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "CLERK_DB";

    /// <summary>
    /// <c>$XDG_DATA_HOME/clerk/clerk.db</c>, or <c>~/.local/share/clerk/clerk.db</c> when XDG_DATA_HOME is unset.
    /// </summary>
    public static string DefaultPath => System.IO.Path.Combine(DataHome, "clerk", "clerk.db");

    /// <summary>Where <c>clerk demo</c> builds its database unless told otherwise: beside the default, as demo.db.</summary>
    public static string DefaultDemoPath => System.IO.Path.Combine(DataHome, "clerk", "demo.db");

    private static string DataHome =>
        Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");

    /// <summary>The database named by <paramref name="explicitPath"/>, else by CLERK_DB, else the default.</summary>
    public static StoreOptions Resolve(string? explicitPath) =>
        new(System.IO.Path.GetFullPath(
            explicitPath is { Length: > 0 } ? explicitPath
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
            : DefaultPath));

    /// <summary>
    /// Opens the connection for the store's lifetime and sets SQLite up for it: write-ahead logging
    /// with synchronous=NORMAL, so a transaction commits without waiting for the disk twice (an import
    /// commits once per docket); a crash can lose the last commits but never corrupts the file.
    /// </summary>
    /// <summary>
    /// Opens a connection for the store's lifetime and sets SQLite up for it: write-ahead logging
    /// with synchronous=NORMAL, so a transaction commits without waiting for the disk twice (an import
    /// commits once per docket); a crash can lose the last commits but never corrupts the file.
    /// Foreign keys are enforced once the schema is current (see <see cref="ClerkStore.Open"/>): a
    /// migration rebuilds tables in an order that the checks would refuse halfway.
    /// </summary>
    internal DbConnection Connect()
    {
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        try
        {
            connection.Open();
            // A 64 MiB page cache (taken only as pages are used): a large docket's indexes outgrow
            // the default 2 MiB within one transaction, and then every insert reads pages back.
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536;");

            // The StableKeys migration gives entries of older files their keys with the same code as
            // everything else (see Migrations/UpgradeSql.cs).
            connection.CreateFunction("clerk_entry_key", (string? number, string? filed, string description, long occurrence) =>
                Clerk.Domain.EntryKeys.Nth(
                    Clerk.Domain.EntryKeys.Base(number, filed is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(filed).Value, description),
                    (int)occurrence),
                isDeterministic: true);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The migrations applied to the database, oldest first; none for a new file.</summary>
    internal static List<string> AppliedMigrations(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Turns foreign-key checks on for the connection (off while migrating; see <see cref="Connect"/>).</summary>
    internal static void EnforceForeignKeys(DbConnection connection) => Execute(connection, "PRAGMA foreign_keys=ON;");

    /// <summary>Writes a consistent copy of the whole database (its write-ahead log included) to <paramref name="path"/>.</summary>
    internal static void CopyTo(DbConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO @path";
        var p = command.CreateParameter();
        p.ParameterName = "@path";
        p.Value = path;
        command.Parameters.Add(p);
        command.ExecuteNonQuery();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // The one place that knows which provider is in use; a PostgreSQL provider is added here.
    internal static DbContextOptions<ClerkDbContext> ContextOptions(DbConnection connection) =>
        new DbContextOptionsBuilder<ClerkDbContext>()
            // One JSON parameter for a list in a query, not one parameter per item: SQLite allows
            // 32,766 parameters, and a docket can name more parties than that.
            .UseSqlite(connection, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .Options;
}
