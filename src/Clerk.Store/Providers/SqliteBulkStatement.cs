using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Clerk.Store.Providers;

/// <summary>
/// A bulk write's statement prepared on the connection's own SQLite handle and bound by position.
/// Microsoft.Data.Sqlite binds a parameter by looking its name up in the statement, a search through
/// every parameter, so a multi-row INSERT of 100 parameters spent a fifth of the import writer's time
/// binding (docs/benchmarks.md, "Binding by position"). Errors are Microsoft.Data.Sqlite's
/// <see cref="SqliteException"/>, as from a command. Kept by the context and finalised with it.
/// </summary>
internal sealed class SqliteBulkStatement : BulkWrite.IBulkStatement, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[256];

    private SqliteBulkStatement(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    /// <summary>The prepared statement of <paramref name="sql"/> on the context's connection, made the first time.</summary>
    public static SqliteBulkStatement For(ClerkDbContext db, SqliteConnection connection, string sql)
    {
        if (db.PreparedSqlite.TryGetValue(sql, out var statement) && ReferenceEquals(statement._connection, connection))
        {
            return statement;
        }

        statement?.Dispose();
        var handle = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var prepared);
        if (rc != raw.SQLITE_OK)
        {
            prepared.Dispose();
            SqliteException.ThrowExceptionForRC(rc, handle);
        }

        // Bound by position: the SQL must name its parameters @p0, @p1, … in the order they appear.
        for (var i = 1; i <= raw.sqlite3_bind_parameter_count(prepared); i++)
        {
            if (raw.sqlite3_bind_parameter_name(prepared, i).utf8_to_string() != $"@p{i - 1}")
            {
                prepared.Dispose();
                throw new InvalidOperationException($"parameter {i} of a bulk statement is not @p{i - 1}: {sql}");
            }
        }

        statement = new SqliteBulkStatement(connection, prepared);
        db.PreparedSqlite[sql] = statement;
        return statement;
    }

    /// <summary>Binds <c>@p</c><paramref name="index"/> to <paramref name="value"/>, as Microsoft.Data.Sqlite would store it.</summary>
    /// <param name="column">The column the value is for, named when its type cannot be stored.</param>
    public void Bind(int index, object? value, string column)
    {
        var at = index + 1; // SQLite numbers parameters from 1 (For checked that @pN is the (N + 1)th)
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, at),
            string s => BindText(at, s),
            long l => raw.sqlite3_bind_int64(_statement, at, l),
            int i => raw.sqlite3_bind_int64(_statement, at, i),
            bool b => raw.sqlite3_bind_int64(_statement, at, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, at, d),
            DateOnly day => BindText(at, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            byte[] blob => raw.sqlite3_bind_blob(_statement, at, blob),
            _ => throw new NotSupportedException($"column {column}: a value of type {value.GetType().Name} cannot be written by the bulk path"),
        };
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }

    // Encoded into one buffer kept for the statement: SQLite copies the text (SQLITE_TRANSIENT).
    private int BindText(int index, string s)
    {
        var most = Encoding.UTF8.GetMaxByteCount(s.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(s, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    /// <summary>Runs the statement once with the values bound, then readies it for the next run.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }

    public void Dispose() => _statement.Dispose();
}
