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
/// model, so a row is the same as <c>SaveChanges</c> would write. The SQL (INSERT, UPDATE and DELETE
/// by primary key, INSERT … ON CONFLICT DO UPDATE) reads the same on SQLite and PostgreSQL.
/// </summary>
internal static class BulkWrite
{
    // Rows per INSERT: one statement per row costs more in the ADO.NET layer than SQLite's own work,
    // but each parameter is bound by name and SQLite finds a name by a linear search, so a
    // statement's cost grows with the square of its parameters: about a hundred is the sweet spot.
    private const int ParametersPerStatement = 100;

    /// <summary>Inserts every row; a row whose key is stored already fails the transaction.</summary>
    public static void Insert<T>(DbContext db, IEnumerable<T> rows)
        where T : class
    {
        var t = Table.Of<T>(db);

        // Rows are written with the columns they set: a citation sets 6 of its 19 columns, and a
        // column left out is NULL without being bound.
        foreach (var group in rows.GroupBy(r => t.SetColumns(r!)))
        {
            var columns = t.All.Where((_, i) => (group.Key & (1L << i)) != 0).ToList();
            string Sql(int n) => $"INSERT INTO {t.Name} ({t.List(columns)}) VALUES " +
                string.Join(", ", Enumerable.Range(0, n).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns.Count).Select(c => $"@p{(r * columns.Count) + c}")) + ")"));
            var list = group.ToList();
            var batch = Math.Max(1, ParametersPerStatement / columns.Count);
            var full = list.Count / batch * batch;
            RunBatched(db, list.Take(full), columns, batch, Sql(batch));
            RunBatched(db, list.Skip(full), columns, 1, Sql(1));
        }
    }

    /// <summary>Inserts each row, or updates the stored row with the same key.</summary>
    public static void Upsert<T>(DbContext db, IEnumerable<T> rows)
        where T : class
    {
        var t = Table.Of<T>(db);
        var update = t.Values.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", t.Values.Select(c => $"{c.Quoted} = excluded.{c.Quoted}"));
        Run(db, rows, t.All, $"INSERT INTO {t.Name} ({t.List(t.All)}) VALUES ({Values(t.All.Count)}) ON CONFLICT ({t.List(t.Key)}) {update}");
    }

    /// <summary>Updates the stored row with each row's key to the row's values.</summary>
    public static void Update<T>(DbContext db, IEnumerable<T> rows)
        where T : class
    {
        var t = Table.Of<T>(db);
        var columns = t.Values.Concat(t.Key).ToList();
        var set = string.Join(", ", t.Values.Select((c, i) => $"{c.Quoted} = @p{i}"));
        var where = string.Join(" AND ", t.Key.Select((c, i) => $"{c.Quoted} = @p{t.Values.Count + i}"));
        Run(db, rows, columns, $"UPDATE {t.Name} SET {set} WHERE {where}");
    }

    /// <summary>Deletes the stored rows with the rows' keys (what hangs off them goes by the foreign keys' rules).</summary>
    public static void Delete<T>(DbContext db, IEnumerable<T> rows)
        where T : class
    {
        var t = Table.Of<T>(db);
        var where = string.Join(" AND ", t.Key.Select((c, i) => $"{c.Quoted} = @p{i}"));
        Run(db, rows, t.Key, $"DELETE FROM {t.Name} WHERE {where}");
    }

    private static string Values(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"@p{i}"));

    private static void Run<T>(DbContext db, IEnumerable<T> rows, IReadOnlyList<Column> columns, string sql) =>
        RunBatched(db, rows, columns, 1, sql);

    // Runs sql once per perRow rows (the row count must be a multiple of it), binding row r's
    // column c to parameter @p(r * columns + c).
    private static void RunBatched<T>(DbContext db, IEnumerable<T> rows, IReadOnlyList<Column> columns, int perRow, string sql)
    {
        DbCommand? command = null;
        DbParameter[] parameters = [];
        var inBatch = 0;
        try
        {
            foreach (var row in rows)
            {
                if (command is null)
                {
                    command = db.Database.GetDbConnection().CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                        ?? throw new InvalidOperationException("BulkWrite runs inside a transaction");
                    command.CommandText = sql;
                    parameters = [.. Enumerable.Range(0, columns.Count * perRow).Select(i =>
                    {
                        var p = command.CreateParameter();
                        p.ParameterName = $"@p{i}";
                        command.Parameters.Add(p);
                        return p;
                    })];
                    command.Prepare();
                }

                var offset = inBatch * columns.Count;
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[offset + i].Value = columns[i].Read(row!) ?? DBNull.Value;
                }

                if (++inBatch == perRow)
                {
                    command.ExecuteNonQuery();
                    inBatch = 0;
                }
            }
        }
        finally
        {
            command?.Dispose();
        }
    }

    private sealed record Column(string Quoted, Func<object, object?> Get, ValueConverter? Converter)
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

    private sealed record Table(string Name, IReadOnlyList<Column> All, IReadOnlyList<Column> Key, IReadOnlyList<Column> Values)
    {
        public string List(IEnumerable<Column> columns) => string.Join(", ", columns.Select(c => c.Quoted));

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
            static Column Col(IProperty p) => new($"\"{p.GetColumnName()}\"", Column.Getter(p.PropertyInfo!), p.GetTypeMapping().Converter);
            var all = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
            return new Table(
                $"\"{type.GetTableName()}\"",
                [.. all.Select(Col)],
                [.. key.Select(Col)],
                [.. all.Where(p => !key.Contains(p)).Select(Col)]);
        }
    }
}
