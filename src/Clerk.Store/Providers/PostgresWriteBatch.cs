using Npgsql;

namespace Clerk.Store.Providers;

/// <summary>
/// A docket's writes on PostgreSQL, queued and sent to the server together: one round trip for the
/// score of upserts, inserts, updates and deletes that merging a docket makes, instead of one each
/// (and two for each binary COPY). Statements run in the order they were queued; the first that
/// fails throws its <see cref="PostgresException"/> (with its <c>BatchCommand</c>
/// naming it) and the rest do not run. See <see cref="PostgresProvider.Together"/>.
/// </summary>
internal sealed class PostgresWriteBatch(NpgsqlConnection connection, NpgsqlTransaction transaction) : IDisposable
{
    private NpgsqlBatch _batch = new(connection, transaction);

    /// <summary>A statement whose runs are queued in this batch, each with the values bound before it.</summary>
    public BulkWrite.IBulkStatement Statement(string sql) => new Queued(this, sql);

    /// <summary>Runs what is queued, in order, and empties the queue; nothing when it is empty.</summary>
    public void Send()
    {
        if (_batch.BatchCommands.Count == 0)
        {
            return;
        }

        using var sent = _batch;
        _batch = new NpgsqlBatch(connection, transaction);
        // Prepared by their text, once a connection: a statement already prepared costs nothing more.
        sent.Prepare();
        sent.ExecuteNonQuery();
    }

    public void Dispose() => _batch.Dispose();

    private sealed class Queued(PostgresWriteBatch batch, string sql) : BulkWrite.IBulkStatement
    {
        private NpgsqlBatchCommand _command = new(sql);

        public void Bind(int index, object? value, string column)
        {
            var parameters = _command.Parameters;
            while (parameters.Count <= index)
            {
                parameters.Add(new NpgsqlParameter { ParameterName = $"p{parameters.Count}" });
            }

            parameters[index].Value = value ?? DBNull.Value;
        }

        public void Execute()
        {
            batch._batch.BatchCommands.Add(_command);
            _command = new NpgsqlBatchCommand(sql);
        }
    }
}
