using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clerk.Store;

/// <summary>
/// Inserts many rows of one mapped type with a single prepared INSERT, inside the context's current
/// transaction: the import path for docket entries, where EF Core's change tracking would cost more
/// than the writing. Table, columns and value conversions come from the EF model, so the rows are
/// the same as <c>SaveChanges</c> would write, on any provider.
/// </summary>
internal static class BulkInsert
{
    public static void Rows<T>(DbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var properties = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var table = type.GetTableName()!;
        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInsert runs inside a transaction");
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        var names = string.Join(", ", properties.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({names})";
        var parameters = properties.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        var getters = properties.Select(p => p.PropertyInfo!).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < getters.Length; i++)
            {
                var value = getters[i].GetValue(row);
                if (value is not null && converters[i] is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[i].Value = value ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
