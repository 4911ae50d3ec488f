namespace Clerk.Store;

/// <summary>
/// Which database Clerk uses: an embedded SQLite file (by default <see cref="DefaultPath"/>) or a
/// PostgreSQL database, named by a connection string (<c>Host=…;Database=…</c>) or a URL
/// (<c>postgres://user:password@host:port/database</c>). <c>--db</c> or the environment variable
/// <c>CLERK_DB</c> name another.
/// </summary>
public sealed record StoreOptions
{
    /// <summary>A file path, or a PostgreSQL connection string or URL.</summary>
    public StoreOptions(string pathOrConnection)
    {
        if (Providers.PostgresAddress.TryParse(pathOrConnection, out var connectionString, out var shown))
        {
            ConnectionString = connectionString;
            Path = shown;
        }
        else
        {
            Path = pathOrConnection;
        }
    }

    /// <summary>The environment variable that names the database when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "CLERK_DB";

    /// <summary>
    /// The database as messages name it: the file's path, or for PostgreSQL its URL without the
    /// password (<c>postgresql://clerk@db.example:5432/clerk</c>).
    /// </summary>
    public string Path { get; }

    /// <summary>Npgsql's connection string when the database is PostgreSQL; null for an SQLite file.</summary>
    public string? ConnectionString { get; }

    /// <summary>True for a PostgreSQL database, false for an SQLite file.</summary>
    public bool IsServer => ConnectionString is not null;

    /// <summary>
    /// True when one long-running process (the web server) opens the store for every request: SQLite
    /// connections are then pooled (kept open with their page cache between requests) and the schema's
    /// version is checked on the first open only. A short command leaves it false and holds nothing open.
    /// </summary>
    public bool LongLived { get; init; }

    /// <summary>
    /// True for a command whose statements may each run for minutes (<c>clerk check</c> of millions
    /// of entries): they are then not cut off after the driver's 30 seconds. SQLite sets no such
    /// limit on a statement, so this matters for PostgreSQL only.
    /// </summary>
    public bool LongStatements { get; init; }

    /// <summary>How far one search reads before it stops ranking and counting (see <see cref="Search.SearchLimits"/>).</summary>
    public Search.SearchLimits SearchLimits { get; init; } = Search.SearchLimits.Default;

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
        Named(explicitPath is { Length: > 0 } ? explicitPath
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
            : DefaultPath);

    /// <summary>A server database as given; a file by its full path.</summary>
    public static StoreOptions Named(string pathOrConnection)
    {
        var options = new StoreOptions(pathOrConnection);
        return options.IsServer ? options : new StoreOptions(System.IO.Path.GetFullPath(pathOrConnection));
    }

    /// <summary>The one place that knows which kind of database this is.</summary>
    internal Providers.StoreProvider Provider =>
        ConnectionString is { } cs
            ? new Providers.PostgresProvider(this, LongStatements ? new Npgsql.NpgsqlConnectionStringBuilder(cs) { CommandTimeout = 0 }.ConnectionString : cs)
            : new Providers.SqliteProvider(this);
}
