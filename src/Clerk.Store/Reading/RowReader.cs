using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Clerk.Domain;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Store.Reading;

/// <summary>
/// Reads query results into domain records without EF Core: each record is built through its
/// constructor, whose parameters are named as the columns are (the EF model maps every property to
/// a column of its own name). Values are converted back exactly as <see cref="ClerkDbContext"/>
/// writes them. This is the read path of commands that only read: it needs no EF model, whose
/// building costs a short-lived process more than all of its queries.
/// </summary>
internal static class RowReader
{
    private static readonly ConcurrentDictionary<Type, Materializer> Materializers = new();

    /// <summary>The rows of <paramref name="sql"/> as <typeparamref name="T"/>; <c>@p0</c>, <c>@p1</c>… are <paramref name="args"/>.</summary>
    public static Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, CancellationToken ct, params object?[] args) =>
        QueryAsync<T>(connection, null, sql, ct, args);

    /// <summary>The same, inside <paramref name="transaction"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params object?[] args)
    {
        var rows = new List<T>();
        await foreach (var row in StreamAsync<T>(connection, transaction, sql, ct, args))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The rows one at a time, as the database gives them: for reads of a whole table that must not be held at once.</summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct, params object?[] args)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = args[i] ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var materializer = Materializers.GetOrAdd(typeof(T), t => new Materializer(t));
        var ordinals = materializer.Ordinals(reader);
        while (await reader.ReadAsync(ct))
        {
            yield return (T)materializer.Make(reader, ordinals);
        }
    }

    /// <summary>The rows of a command the caller set up and keeps (a prepared statement run once per docket of an import).</summary>
    public static List<T> Query<T>(DbCommand command) => [.. Stream<T>(command)];

    /// <summary>The same, one row at a time, as the database gives them.</summary>
    public static IEnumerable<T> Stream<T>(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var materializer = Materializers.GetOrAdd(typeof(T), t => new Materializer(t));
        var ordinals = materializer.Ordinals(reader);
        while (reader.Read())
        {
            yield return (T)materializer.Make(reader, ordinals);
        }
    }

    private sealed class Materializer
    {
        private readonly ConstructorInfo _constructor;
        private readonly ParameterInfo[] _parameters;
        private readonly Func<object, object?>[] _converters;

        public Materializer(Type type)
        {
            _constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            _parameters = _constructor.GetParameters();
            _converters = [.. _parameters.Select(p => Converter(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))];
        }

        public int[] Ordinals(DbDataReader reader) =>
            [.. _parameters.Select(p =>
            {
                var column = char.ToUpperInvariant(p.Name![0]) + p.Name[1..];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) == column)
                    {
                        return i;
                    }
                }

                throw new InvalidOperationException($"{_constructor.DeclaringType!.Name}: the query has no column \"{column}\"");
            })];

        public object Make(DbDataReader reader, int[] ordinals)
        {
            var args = new object?[_parameters.Length];
            for (var i = 0; i < args.Length; i++)
            {
                var value = reader.GetValue(ordinals[i]);
                args[i] = value is DBNull ? null : _converters[i](value);
            }

            return _constructor.Invoke(args);
        }

        private static object? IdReader<TId>(object value)
            where TId : struct, IId<TId> => TId.Of((string)value);

        private static Func<object, object?> Converter(Type type)
        {
            if (type == typeof(string))
            {
                return v => (string)v;
            }

            if (type == typeof(int))
            {
                return v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (type.IsEnum)
            {
                return v => Enum.Parse(type, (string)v);
            }

            if (type == typeof(LocalDate))
            {
                // SQLite's column is ISO text; PostgreSQL's a date, read as LocalDate (NodaTime plugin)
                // or DateOnly/DateTime without it.
                return v => v switch
                {
                    LocalDate l => l,
                    DateOnly d => new LocalDate(d.Year, d.Month, d.Day),
                    DateTime t => LocalDate.FromDateTime(t),
                    _ => LocalDatePattern.Iso.Parse((string)v).Value,
                };
            }

            if (type == typeof(PartialDate))
            {
                return v => PartialDate.Parse((string)v);
            }

            if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IId<>)))
            {
                // Straight to the id's own factory: EF's converter compiles an expression tree on first use.
                return typeof(Materializer).GetMethod(nameof(IdReader), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type).CreateDelegate<Func<object, object?>>();
            }

            if (type == typeof(FactRef))
            {
                return v => FactRefConverter.ParseFact((string)v);
            }

            // Lists and small nested values are JSON text (see JsonColumnConverter).
            var read = ColumnJson.ReaderFor(type) ?? throw new InvalidOperationException($"{type.Name} is not a column type the row reader knows");
            return v => read((string)v);
        }
    }
}
