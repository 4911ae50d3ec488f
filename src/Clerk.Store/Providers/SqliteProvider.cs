using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Providers;

/// <summary>An embedded SQLite file: what one user on one machine needs, and Clerk's default.</summary>
internal sealed class SqliteProvider(StoreOptions options) : StoreProvider(options)
{
    public override IReadOnlyList<string> KnownMigrations => ClerkStore.KnownMigrations;

    // SQLite's own default for how much of a statement's journal stays in memory (64 KiB) is kept on
    // purpose. A larger SQLITE_CONFIG_STMTJRNL_SPILL (16 MiB) made clerk generate about 20 % faster,
    // but a journal that outgrows it is written to its file in chunks of that size, and the unix VFS
    // writes at most 128 KiB per call: a docket of 300,000 entries failed with "database or disk is full".

    /// <summary>
    /// Sets SQLite up for the store's lifetime: write-ahead logging with synchronous=NORMAL, so a
    /// transaction commits without waiting for the disk twice (an import commits once per docket); a
    /// crash can lose the last commits but never corrupts the file. Foreign keys are enforced once
    /// the schema is current: a migration rebuilds tables in an order the checks would refuse halfway.
    /// A writer waits for another (busy timeout) instead of failing with "database is locked", and
    /// EF's transactions begin IMMEDIATE, so a reading transaction never has to upgrade to a writer.
    /// </summary>
    public override DbConnection Connect(bool create)
    {
        var path = Options.Path;
        if (!create && !File.Exists(path))
        {
            throw new StoreException(path, "no such database (commands that only read never create one; 'clerk load' or 'clerk import' make it)");
        }

        var dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = Options.LongLived, DefaultTimeout = 600 }.ToString());
        try
        {
            connection.Open();
            // A long-lived process's pooled connection comes back with its handle set up already: a
            // server request would otherwise pay for six statements before its own one or two.
            if (Options.LongLived && SetUp.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }

            // A 64 MiB page cache (taken only as pages are used): a large docket's indexes outgrow
            // the default 2 MiB within one transaction, and then every insert reads pages back. A
            // server keeps a pooled connection per concurrent request, each with its own cache, and
            // reads far more than it writes: SQLite's default 2 MiB each there, the operating system caching the file.
            var cacheKiB = Options.LongLived ? 2048 : 65536;
            Execute(connection, $"PRAGMA busy_timeout=600000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-{cacheKiB};");

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Migrates with the <c>clerk_entry_key</c> function registered: the StableKeys migration gives
    /// entries of older files their keys with the same code as everything else (see
    /// Migrations/UpgradeSql.cs). Only a migration needs it, so a command that reads does not pay for it.
    /// </summary>
    public override void WhileMigrating(DbConnection connection, Action migrate)
    {
        ((SqliteConnection)connection).CreateFunction("clerk_entry_key", (string? number, string? filed, string description, long occurrence) =>
            Clerk.Domain.EntryKeys.Nth(
                Clerk.Domain.EntryKeys.Base(number, filed is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(filed).Value, description),
                (int)occurrence),
            isDeterministic: true);
        migrate();
    }

    public override string AfterBulkLoad => Search.SqliteSearchSchema.Optimize;

    /// <summary>
    /// A batch of dockets writes each inside a savepoint, and SQLite copies every page a savepoint or a
    /// statement changes into a journal first, spilled to a temporary file beyond 64 KiB: 875 MB in
    /// 427,000 writes for 2,000 ten-entry dockets, a quarter of the load's time in the kernel. In memory
    /// (temp_store, read as a transaction begins) the copies cost a 1,000,000-entry docket 55 MB more.
    /// Not kept for reads: a large sort would then be held in memory too.
    /// </summary>
    public override void BulkWriting(DbConnection connection, bool starting) =>
        Execute(connection, starting ? "PRAGMA temp_store=MEMORY" : "PRAGMA temp_store=DEFAULT");

    public override string BeforeCommit { get; } = Search.SqliteSearchSchema.Drain + "\n" + Search.SqliteSearchSchema.Flush + "\n" + Versions.DataVersionBump.Sql;

    public override ClerkDbContext NewContext(DbConnection connection) => new(ContextOptions(connection)) { Provider = this, Sqlite = (SqliteConnection)connection };

    /// <summary>The context options over an SQLite connection (also for design-time tools).</summary>
    internal static DbContextOptions<ClerkDbContext> ContextOptions(DbConnection connection) =>
        new DbContextOptionsBuilder<ClerkDbContext>()
            // One JSON parameter for a list in a query, not one parameter per item: SQLite allows
            // 32,766 parameters, and a docket can name more parties than that.
            .UseSqlite(connection, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(Versions.DataVersionBump.Instance, Versions.TransactionWatch.Instance)
            .Options;

    public override List<string> AppliedMigrations(DbConnection connection)
    {
        if (Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'").Count == 0)
        {
            return [];
        }

        var ids = Strings(connection, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Writes a consistent copy of the whole file (its write-ahead log included) beside it, as <c>PATH.before-MIGRATION</c>; an earlier copy is kept.</summary>
    public override void BeforeMigrating(DbConnection connection, string migration)
    {
        var path = $"{Options.Path}.before-{migration}";
        if (File.Exists(path))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO @path";
        var p = command.CreateParameter();
        p.ParameterName = "@path";
        p.Value = path;
        command.Parameters.Add(p);
        command.ExecuteNonQuery();
    }

    public override void SchemaIsCurrent(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        if (!SetUp.TryGetValue(handle, out _))
        {
            Execute(connection, "PRAGMA foreign_keys=ON;");
            if (Options.LongLived)
            {
                SetUp.AddOrUpdate(handle, handle);
            }
        }
    }

    // The pooled SQLite handles set up for a long-lived process, with foreign keys on (see Connect).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> SetUp = [];

    /// <summary>Multi-row INSERTs (<see cref="BulkWrite.InChunks{T}"/>), each row with only the columns it sets.</summary>
    public override void Insert<T>(ClerkDbContext db, BulkWrite.Table table, IEnumerable<T> rows) => BulkWrite.InsertRows(db, table, rows);

    /// <summary>Nothing: a transaction begins IMMEDIATE, holding the one write lock of the file until it ends.</summary>
    public override void LockCase(ClerkDbContext db, string caseId)
    {
    }

    /// <summary>Nothing, as <see cref="LockCase"/>.</summary>
    public override void LockCases(ClerkDbContext db, IReadOnlyList<string> caseIds)
    {
    }

    public override string TextsOf(string parameter) => $"SELECT \"value\" FROM json_each({parameter})";

    /// <summary>None: a writer waits for the lock (busy timeout) instead of failing.</summary>
    public override bool IsRetryable(DbException e) => false;

    /// <summary>SQLite's own check: each row whose reference finds no row (its table, rowid and the table it names).</summary>
    public override IReadOnlyList<string> ForeignKeyProblems(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read())
        {
            problems.Add($"{reader.GetString(0)} row {(reader.IsDBNull(1) ? "?" : reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture))} refers to a missing row of {reader.GetString(2)}");
        }

        return problems;
    }

    public override void StampDemo(DbConnection connection) => Execute(connection, $"PRAGMA application_id = {DemoReplacement.SqliteApplicationId}");

    public override bool IsStampedDemo(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA application_id";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == DemoReplacement.SqliteApplicationId;
    }

    public override bool IsEmpty(DbConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").Count == 0;

    /// <summary>The demo deletes an SQLite file whole (with its log) before it opens it; see the CLI's DemoDatabase.</summary>
    public override void DropEverything(DbConnection connection)
    {
        // Views first (the search index's); a virtual table takes its shadow tables with it, hence IF EXISTS.
        foreach (var (type, name) in Strings(connection, "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table'").Select(x => (x[..x.IndexOf(' ', StringComparison.Ordinal)], x[(x.IndexOf(' ', StringComparison.Ordinal) + 1)..])))
        {
            Execute(connection, $"DROP {type.ToUpperInvariant()} IF EXISTS \"{name}\"");
        }
    }
}
