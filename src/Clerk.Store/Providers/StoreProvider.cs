using System.Data.Common;

namespace Clerk.Store.Providers;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL, in one place: how a connection is made
/// and set up, which migrations describe the schema, what is done around migrating, how many rows
/// are inserted at once, and how a database is checked and stamped. The model, the reads and the
/// other SQL are the same for both (docs/store.md, "Provider-neutral").
/// </summary>
internal abstract class StoreProvider(StoreOptions options)
{
    public StoreOptions Options { get; } = options;

    /// <summary>
    /// Opens a connection for a store's lifetime. With <paramref name="create"/> false a missing
    /// database is a <see cref="StoreException"/>; with it true the database is made.
    /// </summary>
    public abstract DbConnection Connect(bool create);

    /// <summary>The EF context over <paramref name="connection"/>; its type selects this provider's migrations.</summary>
    public abstract ClerkDbContext NewContext(DbConnection connection);

    /// <summary>Every migration this build knows for the provider, oldest first (see <see cref="ClerkStore.KnownMigrations"/>).</summary>
    public abstract IReadOnlyList<string> KnownMigrations { get; }

    /// <summary>The migrations applied to the database, oldest first; none for a new one.</summary>
    public abstract List<string> AppliedMigrations(DbConnection connection);

    /// <summary>Called before <paramref name="migration"/> changes an existing database's schema (SQLite keeps a copy of the file).</summary>
    public abstract void BeforeMigrating(DbConnection connection, string migration);

    /// <summary>Called once the schema is current (SQLite turns foreign-key checks on).</summary>
    public abstract void SchemaIsCurrent(DbConnection connection);

    /// <summary>Inserts many rows of one table inside the context's transaction (see <see cref="BulkWrite.Insert{T}"/>).</summary>
    public abstract void Insert<T>(ClerkDbContext db, BulkWrite.Table table, IEnumerable<T> rows)
        where T : class;

    /// <summary>
    /// Runs <paramref name="writes"/>, a docket's bulk writes with no read among them. PostgreSQL sends
    /// them to the server together (<see cref="PostgresWriteBatch"/>); SQLite, in the process, runs each
    /// as it comes.
    /// </summary>
    public virtual void Together(ClerkDbContext db, Action writes) => writes();

    /// <summary>
    /// Inside a transaction, makes another writer of the same case wait until it ends, so two imports
    /// of one docket never both insert its new entries.
    /// </summary>
    public abstract void LockCase(ClerkDbContext db, string caseId);

    /// <summary>Locks each case as <see cref="LockCase"/> does, in the order given, in one statement where the database allows.</summary>
    public virtual void LockCases(ClerkDbContext db, IReadOnlyList<string> caseIds)
    {
        foreach (var caseId in caseIds)
        {
            LockCase(db, caseId);
        }
    }

    /// <summary>A subquery of one column, <c>value</c>: the strings of the JSON array bound to <paramref name="parameter"/>.</summary>
    public abstract string TextsOf(string parameter);

    /// <summary>
    /// Called before a bulk write's transaction begins (<paramref name="starting"/>) and after it ends:
    /// SQLite keeps the transaction's savepoint and statement journals in memory meanwhile.
    /// </summary>
    public virtual void BulkWriting(DbConnection connection, bool starting)
    {
    }

    /// <summary>What every counted write transaction runs just before it commits: raising the data version, and on SQLite indexing the queued search documents.</summary>
    public virtual string BeforeCommit => Versions.DataVersionBump.Sql;

    /// <summary>SQL that tidies the database after a bulk load (see <see cref="ClerkStore.AfterBulkLoad"/>).</summary>
    public abstract string AfterBulkLoad { get; }

    /// <summary>
    /// Makes another process that migrates the same database wait until <paramref name="migrate"/>
    /// has run, so two first commands on a new database do not both create its tables. SQLite's file
    /// lock already does this.
    /// </summary>
    public virtual void WhileMigrating(DbConnection connection, Action migrate) => migrate();

    /// <summary>True for an error that a transaction run again can get past (a deadlock broken by the server).</summary>
    public abstract bool IsRetryable(System.Data.Common.DbException e);

    /// <summary>Rows that break a foreign key, each as one line naming the table, the row and what it refers to.</summary>
    public abstract IReadOnlyList<string> ForeignKeyProblems(DbConnection connection);

    /// <summary>Marks the database as made by <c>clerk demo</c>, outside the schema (see the CLI's DemoDatabase).</summary>
    public abstract void StampDemo(DbConnection connection);

    /// <summary>True when <see cref="StampDemo"/> marked the database.</summary>
    public abstract bool IsStampedDemo(DbConnection connection);

    /// <summary>True when the database holds no table at all (a new database, made empty by its owner).</summary>
    public abstract bool IsEmpty(DbConnection connection);

    /// <summary>Deletes every table of the database (only for a database the demo made).</summary>
    public abstract void DropEverything(DbConnection connection);

    protected static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    protected static List<string> Strings(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
