using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Clerk.Store.Providers;

/// <summary>
/// A PostgreSQL database, for teams that outgrow one file: many writers at once, a server's
/// backups, room to grow. Constraints are always enforced; inserts go by binary COPY.
/// </summary>
internal sealed class PostgresProvider(StoreOptions options, string connectionString) : StoreProvider(options)
{
    // One pool per connection string for the process (a data source owns its pool).
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new(StringComparer.Ordinal);

    public override IReadOnlyList<string> KnownMigrations => ClerkStore.KnownPostgresMigrations;

    public override string AfterBulkLoad => "ANALYZE";

    public override string BeforeCommit { get; } = Search.PostgresSearchSchema.Drain + "\n" + Versions.DataVersionBump.Sql;

    /// <summary>
    /// The connection's pool, with NodaTime's types (a date column reads as a LocalDate). Its sessions
    /// get 64 MB of work_mem unless the connection string sets it: a search for a common phrase at ten
    /// million entries gathers 200,000 matching rows in a bitmap, which in the default 4 MB goes lossy
    /// and makes the server recheck 3.3 million rows instead (1.4 s against 0.8 s).
    /// </summary>
    internal static NpgsqlDataSource DataSource(string connectionString) =>
        DataSources.GetOrAdd(connectionString, cs =>
        {
            var builder = new NpgsqlDataSourceBuilder(cs);
            var options = builder.ConnectionStringBuilder.Options ?? "";
            if (!options.Contains("work_mem", StringComparison.Ordinal))
            {
                builder.ConnectionStringBuilder.Options = (options + " -c work_mem=64MB").Trim();
            }

            // Clerk's columns are all of PostgreSQL's built-in types, which Npgsql knows without asking:
            // loading the server's type catalog costs each command's first connection a round trip
            // and the compiling of the code that reads it.
            builder.ConfigureTypeLoading(t => t.EnableTypeLoading(false));
            builder.UseNodaTime();
            return builder.Build();
        });

    public override DbConnection Connect(bool create)
    {
        try
        {
            return DataSource(connectionString).OpenConnection();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            if (!create)
            {
                throw new StoreException(Options.Path, "no such database (commands that only read never create one; 'clerk load' or 'clerk import' make it)");
            }

            CreateDatabase();
            return DataSource(connectionString).OpenConnection();
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new StoreException(Options.Path, $"cannot reach the server: {e.GetBaseException().Message}", e);
        }
    }

    // Made through the server's maintenance database; another process making it at the same time is fine.
    private void CreateDatabase()
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? target.Username ?? throw new StoreException(Options.Path, "names no database");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        try
        {
            Execute(connection, $"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    public override ClerkDbContext NewContext(DbConnection connection) =>
        new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(connection, o => o.UseNodaTime()).AddInterceptors(Versions.DataVersionBump.Instance, Versions.TransactionWatch.Instance).Options) { Provider = this };

    public override List<string> AppliedMigrations(DbConnection connection)
    {
        // to_regclass reads the catalog's cache; information_schema.tables is a view over privilege
        // checks that costs a new session about 3 ms more, on every command.
        if (Strings(connection, "SELECT 'present' WHERE to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL").Count == 0)
        {
            return [];
        }

        var ids = Strings(connection, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Nothing: a server's backups are its operator's (pg_dump), not a file beside it.</summary>
    public override void BeforeMigrating(DbConnection connection, string migration)
    {
    }

    /// <summary>Nothing: PostgreSQL enforces foreign keys always.</summary>
    public override void SchemaIsCurrent(DbConnection connection)
    {
    }

    /// <summary>
    /// Binary COPY: the rows stream to the server as they are enumerated, so memory does not grow
    /// with their number, and the server parses no SQL per row. Inside <see cref="Together"/>, up to
    /// <see cref="QueuedRowsAtMost"/> rows are queued as multi-row INSERTs instead: a COPY is two
    /// round trips of its own, and most of a docket's tables get a few rows.
    /// </summary>
    public override void Insert<T>(ClerkDbContext db, BulkWrite.Table table, IEnumerable<T> rows)
    {
        using var e = rows.GetEnumerator();
        var first = new List<T>();
        while (first.Count <= QueuedRowsAtMost && e.MoveNext())
        {
            first.Add(e.Current);
        }

        if (first.Count == 0)
        {
            return;
        }

        if (db.WriteBatch is { } batch)
        {
            if (first.Count <= QueuedRowsAtMost)
            {
                BulkWrite.InsertRows(db, table, first);
                return;
            }

            // What was queued runs first: the rows copied may refer to it.
            batch.Send();
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var importer = connection.BeginBinaryImport($"COPY {table.Name} ({BulkWrite.Table.List(table.All)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in first)
        {
            Copy(importer, table, row);
        }

        while (e.MoveNext())
        {
            Copy(importer, table, e.Current);
        }

        importer.Complete();
    }

    /// <summary>The most rows of one table an insert queues in a <see cref="Together"/>; more go by COPY.</summary>
    internal const int QueuedRowsAtMost = 1_000;

    private static void Copy<T>(NpgsqlBinaryImporter importer, BulkWrite.Table table, T row)
    {
        importer.StartRow();
        foreach (var column in table.All)
        {
            if (column.Read(row!) is { } value)
            {
                importer.Write(value, column.StoreType);
            }
            else
            {
                importer.WriteNull();
            }
        }
    }

    /// <summary>Queues the bulk writes of <paramref name="writes"/> and sends them together at its end (<see cref="PostgresWriteBatch"/>).</summary>
    public override void Together(ClerkDbContext db, Action writes)
    {
        if (db.WriteBatch is not null)
        {
            writes();
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("BulkWrite.Together runs inside a transaction");
        using var batch = new PostgresWriteBatch((NpgsqlConnection)db.Database.GetDbConnection(), transaction);
        db.WriteBatch = batch;
        try
        {
            writes();
            batch.Send();
        }
        finally
        {
            db.WriteBatch = null;
        }
    }

    /// <summary>A session advisory lock held around the migration; the second process then finds nothing left to apply.</summary>
    public override void WhileMigrating(DbConnection connection, Action migrate)
    {
        Run(connection, "SELECT pg_advisory_lock(hashtextextended('clerk migrations', 0))");
        try
        {
            migrate();
        }
        finally
        {
            Run(connection, "SELECT pg_advisory_unlock(hashtextextended('clerk migrations', 0))");
        }

        static void Run(DbConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>A transaction-scoped advisory lock on the case id's hash: writers of other cases go on.</summary>
    public override void LockCase(ClerkDbContext db, string caseId)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("LockCase runs inside a transaction");
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtextextended(@p0, 0))";
        var p = command.CreateParameter();
        p.ParameterName = "@p0";
        p.Value = caseId;
        command.Parameters.Add(p);
        command.ExecuteNonQuery();
    }

    // The array's strings come in its order, so the locks are taken in the order given.
    public override void LockCases(ClerkDbContext db, IReadOnlyList<string> caseIds)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("LockCases runs inside a transaction");
        command.CommandText = $"SELECT count(pg_advisory_xact_lock(hashtextextended(t.\"value\", 0))) FROM ({TextsOf("@p0")}) t";
        var p = command.CreateParameter();
        p.ParameterName = "@p0";
        p.Value = System.Text.Json.JsonSerializer.Serialize(caseIds);
        command.Parameters.Add(p);
        command.ExecuteNonQuery();
    }

    public override string TextsOf(string parameter) => $"SELECT j.\"value\" FROM json_array_elements_text(CAST({parameter} AS json)) AS j(\"value\")";

    /// <summary>A deadlock or serialization failure (two dockets upserting the same shared rows in other orders).</summary>
    public override bool IsRetryable(DbException e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>
    /// PostgreSQL refuses a row that breaks a foreign key, so the only way one exists is a constraint
    /// that was added NOT VALID or switched off: those are named.
    /// </summary>
    public override IReadOnlyList<string> ForeignKeyProblems(DbConnection connection) =>
        Strings(connection, """
            SELECT format('%s: foreign key %s is not validated (rows may break it)', conrelid::regclass, conname)
            FROM pg_constraint WHERE contype = 'f' AND NOT convalidated
            UNION ALL
            SELECT format('%s: trigger %s is disabled (foreign keys are not enforced)', tgrelid::regclass, tgname)
            FROM pg_trigger WHERE tgisinternal AND tgenabled = 'D' AND tgconstraint <> 0
            """);

    private const string DemoComment = "clerk demo 0x436B446D";

    public override void StampDemo(DbConnection connection) =>
        Execute(connection, $"DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), '{DemoComment}'); END $$;");

    public override bool IsStampedDemo(DbConnection connection) =>
        Strings(connection, "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = current_database()")
            .SingleOrDefault() == DemoComment;

    public override bool IsEmpty(DbConnection connection) =>
        Strings(connection, "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()").Count == 0;

    public override void DropEverything(DbConnection connection)
    {
        foreach (var table in Strings(connection, "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()"))
        {
            Execute(connection, $"DROP TABLE IF EXISTS \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" CASCADE");
        }
    }
}
