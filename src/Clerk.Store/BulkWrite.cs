using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clerk.Store;

/// <summary>
/// Writes many rows of one mapped type with one prepared statement each, inside the context's
/// current transaction: the path imports and generated data take, where EF Core's change tracking
/// would cost more than the writing. Tables, columns, keys and value conversions come from the EF
/// model, so a row is the same as <c>SaveChanges</c> would write. The SQL (UPDATE and DELETE by primary
/// key, INSERT … ON CONFLICT DO UPDATE) reads the same on SQLite and PostgreSQL; plain inserts, where
/// the two differ most in speed, are the provider's (<see cref="Providers.StoreProvider.Insert{T}"/>).
/// </summary>
internal static class BulkWrite
{
    /// <summary>Inserts every row (the provider's fastest way: multi-row INSERT on SQLite, binary COPY on PostgreSQL); a row whose key is stored already fails the transaction.</summary>
    public static void Insert<T>(ClerkDbContext db, IEnumerable<T> rows)
        where T : class =>
        ProviderOf(db).Insert(db, Table.Of<T>(db), rows);

    /// <summary>
    /// Runs <paramref name="writes"/>, bulk writes with no read among them, as the provider runs a
    /// docket's writes best: on PostgreSQL sent to the server together, in one round trip.
    /// </summary>
    public static void Together(ClerkDbContext db, Action writes) =>
        ProviderOf(db).Together(db, writes);

    private static Providers.StoreProvider ProviderOf(ClerkDbContext db) =>
        db.Provider ?? throw new InvalidOperationException("BulkWrite needs a store's context");

    /// <summary>
    /// Inserts every row by multi-row INSERTs, the rows that set the same columns together: a citation
    /// sets 6 of its 19 columns, and a column left out is NULL without being bound.
    /// </summary>
    internal static void InsertRows<T>(ClerkDbContext db, Table table, IEnumerable<T> rows)
    {
        foreach (var group in rows.GroupBy(r => table.SetColumns(r!)))
        {
            var columns = table.All.Where((_, i) => (group.Key & (1L << i)) != 0).ToList();
            InChunks(db, group.ToList(), columns, RowsPerStatement(columns.Count), n => InsertTexts.GetOrAdd(
                (table.Name, group.Key, n), _ => $"INSERT INTO {table.Name} ({Table.List(columns)}) VALUES {Rows(n, columns.Count)}"));
        }
    }

    // Written once per table, columns set and number of rows.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Table, long Set, int Rows), string> InsertTexts = new();

    /// <summary>Inserts each row, or updates the stored row with the same key.</summary>
    public static void Upsert<T>(ClerkDbContext db, IEnumerable<T> rows)
        where T : class
    {
        var t = Table.Of<T>(db);

        // Many rows to a statement (a docket's parties, its attorneys; the court of every docket
        // written together), each key once: PostgreSQL refuses to update one row twice in a
        // statement. A key given again keeps its first place and takes the later values, which is
        // what upserting the rows one by one would leave.
        var list = new List<T>();
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = string.Join('\u001f', t.Key.Select(c => c.Read(row)));
            if (places.TryGetValue(key, out var place))
            {
                list[place] = row;
            }
            else
            {
                places[key] = list.Count;
                list.Add(row);
            }
        }

        InChunks(db, list, t.All, RowsPerStatement(t.All.Count), n => UpsertTexts.GetOrAdd((t.Name, n), _ =>
        {
            var update = t.Values.Count == 0
                ? "DO NOTHING"
                : "DO UPDATE SET " + string.Join(", ", t.Values.Select(c => $"{c.Quoted} = excluded.{c.Quoted}"));
            return $"INSERT INTO {t.Name} ({Table.List(t.All)}) VALUES {Rows(n, t.All.Count)} ON CONFLICT ({Table.List(t.Key)}) {update}";
        }));
    }

    // Written once per table and number of rows: a bulk load upserts a few rows of each docket.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Table, int Rows), string> UpsertTexts = new();

    /// <summary>Updates the stored row with each row's key to the row's values.</summary>
    public static void Update<T>(ClerkDbContext db, IEnumerable<T> rows)
        where T : class
    {
        if (rows.TryGetNonEnumeratedCount(out var count) && count == 0)
        {
            return;
        }

        var t = Table.Of<T>(db);
        var columns = t.Values.Concat(t.Key).ToList();
        var set = string.Join(", ", t.Values.Select((c, i) => $"{c.Quoted} = @p{i}"));
        var where = string.Join(" AND ", t.Key.Select((c, i) => $"{c.Quoted} = @p{t.Values.Count + i}"));
        Run(db, rows, columns, $"UPDATE {t.Name} SET {set} WHERE {where}");
    }

    /// <summary>Deletes the stored rows with the rows' keys (what hangs off them goes by the foreign keys' rules).</summary>
    public static void Delete<T>(ClerkDbContext db, IEnumerable<T> rows)
        where T : class
    {
        if (rows.TryGetNonEnumeratedCount(out var count) && count == 0)
        {
            return;
        }

        var t = Table.Of<T>(db);
        var where = string.Join(" AND ", t.Key.Select((c, i) => $"{c.Quoted} = @p{i}"));
        Run(db, rows, t.Key, $"DELETE FROM {t.Name} WHERE {where}");
    }

    /// <summary>
    /// How many rows of <paramref name="columns"/> columns a multi-row statement takes: about 400
    /// parameters. One statement per row costs more around the database than its own work. On SQLite
    /// the parameters are bound by position (<see cref="Providers.SqliteBulkStatement"/>); bound by
    /// name, a statement's cost grew with the square of its parameters and about 100 was best.
    /// </summary>
    internal static int RowsPerStatement(int columns) => Math.Max(1, 400 / columns);

    /// <summary><c>(@p0, @p1), (@p2, @p3)</c>: <paramref name="rows"/> rows of <paramref name="columns"/> parameters.</summary>
    internal static string Rows(int rows, int columns) =>
        string.Join(", ", Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => $"@p{(r * columns) + c}")) + ")"));

    /// <summary>
    /// Runs the statement <paramref name="sql"/>(n) over <paramref name="rows"/>, n rows at a time:
    /// statements of <paramref name="most"/> rows, then the rows left over in statements of 2^k rows,
    /// largest first. A docket's 27 entries are then 3 statements, not 9 (each run of a statement
    /// costs something of its own, and on PostgreSQL a round trip), and a table needs at most eight
    /// prepared statements per kind of write.
    /// </summary>
    internal static void InChunks<T>(DbContext db, IReadOnlyList<T> rows, IReadOnlyList<Column> columns, int most, Func<int, string> sql)
    {
        var done = 0;
        for (var n = most; done < rows.Count; n = n == most ? (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)most) / 2 : n / 2)
        {
            var count = (rows.Count - done) / n * n;
            if (count > 0)
            {
                RunBatched(db, rows.Skip(done).Take(count), columns, n, sql(n));
                done += count;
            }
        }
    }

    private static void Run<T>(DbContext db, IEnumerable<T> rows, IReadOnlyList<Column> columns, string sql) =>
        RunBatched(db, rows, columns, 1, sql);

    /// <summary>
    /// Runs <paramref name="sql"/> once per <paramref name="perRow"/> rows (the row count must be a
    /// multiple of it), binding row r's column c to parameter <c>@p(r * columns + c)</c>.
    /// </summary>
    internal static void RunBatched<T>(DbContext db, IEnumerable<T> rows, IReadOnlyList<Column> columns, int perRow, string sql)
    {
        IBulkStatement? statement = null;
        var inBatch = 0;
        foreach (var row in rows)
        {
            // On SQLite bound by position on its own handle; the connection is known from the context,
            // not asked of EF: a docket's writes come here a score of times, most with no rows.
            // On PostgreSQL inside Together, queued to be sent with the docket's other writes.
            statement ??= db switch
            {
                ClerkDbContext { Sqlite: { } sqlite } clerk => Providers.SqliteBulkStatement.For(clerk, sqlite, sql),
                ClerkDbContext { WriteBatch: { } batch } => batch.Statement(sql),
                _ => Statement.For(db, sql, columns.Count * perRow),
            };
            var offset = inBatch * columns.Count;
            for (var i = 0; i < columns.Count; i++)
            {
                statement.Bind(offset + i, columns[i].Read(row!), columns[i].Quoted);
            }

            if (++inBatch == perRow)
            {
                statement.Execute();
                inBatch = 0;
            }
        }
    }

    /// <summary>A prepared statement that a bulk write binds, parameter by parameter, and runs.</summary>
    internal interface IBulkStatement
    {
        /// <summary>Sets the parameter <c>@p</c><paramref name="index"/> to <paramref name="value"/> (null for NULL), a value of <paramref name="column"/>.</summary>
        void Bind(int index, object? value, string column);

        /// <summary>Runs the statement once with the values bound.</summary>
        void Execute();
    }

    /// <summary>
    /// A command kept prepared for the context's lifetime: a bulk load runs the same few statements for
    /// every docket, and preparing one (on SQLite, compiling its triggers and foreign-key checks with it)
    /// cost more than running it a few times.
    /// </summary>
    internal sealed class Statement(DbCommand command, DbParameter[] parameters) : IBulkStatement
    {
        private bool _prepared;

        public DbParameter[] Parameters => parameters;

        public static Statement For(DbContext db, string sql, int parameterCount)
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("BulkWrite runs inside a transaction");
            var cache = ((ClerkDbContext)db).PreparedBulk;
            if (!cache.TryGetValue(sql, out var statement) || statement.Command.Connection != transaction.Connection)
            {
                statement?.Command.Dispose();
                var command = transaction.Connection!.CreateCommand();
                command.CommandText = sql;
                statement = new Statement(command, [.. Enumerable.Range(0, parameterCount).Select(i =>
                {
                    var p = command.CreateParameter();
                    p.ParameterName = $"@p{i}";
                    command.Parameters.Add(p);
                    return p;
                })]);
                cache[sql] = statement;
            }

            statement.Command.Transaction = transaction;
            return statement;
        }

        public DbCommand Command => command;

        public void Bind(int index, object? value, string column) => parameters[index].Value = value ?? DBNull.Value;

        public void Execute() => Prepared().ExecuteNonQuery();

        /// <summary>The command, prepared the first time (once its parameters hold values: PostgreSQL infers their types from them).</summary>
        public DbCommand Prepared()
        {
            if (!_prepared)
            {
                command.Prepare();
                _prepared = true;
            }

            return command;
        }
    }

    /// <summary>A mapped column: its quoted name, how to read it from a row, and its database type.</summary>
    internal sealed record Column(string Quoted, Func<object, object?> Get, ValueConverter? Converter, string StoreType)
    {
        public object? Read(object row)
        {
            var value = Get(row);
            return value is not null && Converter is not null ? Converter.ConvertToProvider(value) : value;
        }

        // A compiled getter: reading a property by reflection costs more than binding its value.
        public static Func<object, object?> Getter(PropertyInfo property)
        {
            var row = System.Linq.Expressions.Expression.Parameter(typeof(object));
            var body = System.Linq.Expressions.Expression.Convert(
                System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(row, property.DeclaringType!), property), typeof(object));
            return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(body, row).Compile();
        }
    }

    /// <summary>A mapped table: its quoted name, all its columns, those of its key and the others.</summary>
    internal sealed record Table(string Name, IReadOnlyList<Column> All, IReadOnlyList<Column> Key, IReadOnlyList<Column> Values)
    {
        public static string List(IEnumerable<Column> columns) => string.Join(", ", columns.Select(c => c.Quoted));

        /// <summary>A bit for each column the row sets (not null).</summary>
        public long SetColumns(object row)
        {
            var set = 0L;
            for (var i = 0; i < All.Count; i++)
            {
                if (All[i].Get(row) is not null)
                {
                    set |= 1L << i;
                }
            }

            return set;
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(IModel, Type), Table> Cache = new();

        public static Table Of<T>(DbContext db) => Cache.GetOrAdd((db.Model, typeof(T)), key => Make(key.Item1, key.Item2));

        private static Table Make(IModel model, Type clrType)
        {
            var type = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped");
            var key = type.FindPrimaryKey()!.Properties;
            static Column Col(IProperty p) => new($"\"{p.GetColumnName()}\"", Column.Getter(p.PropertyInfo!), p.GetTypeMapping().Converter, p.GetColumnType());
            var all = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
            return new Table(
                $"\"{type.GetTableName()}\"",
                [.. all.Select(Col)],
                [.. key.Select(Col)],
                [.. all.Where(p => !key.Contains(p)).Select(Col)]);
        }
    }
}
