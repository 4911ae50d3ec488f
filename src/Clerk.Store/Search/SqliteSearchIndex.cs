using System.Data.Common;

namespace Clerk.Store.Search;

/// <summary>The index on SQLite: FTS5 (see <see cref="SqliteSearchSchema"/>), ranked by bm25.</summary>
internal sealed class SqliteSearchIndex(DbConnection connection, SearchLimits limits) : SqlSearchIndex(connection, limits)
{
    protected override string MatchSql => "SELECT rowid AS \"Id\", bm25(\"SearchIndex\") AS \"Rank\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH @q";

    // FTS5 gives its matches in rowid order, either way, as it reads them: a walk stops when it has enough.
    protected override string MatchIdsSql => "SELECT rowid AS \"Id\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH @q";

    protected override string Collate => "";

    protected override string MatchText(QueryNode match) => EngineSyntax.Fts5(match);

    /// <summary>
    /// Indexes the documents the open write transaction queued, so that it finds what it wrote; outside
    /// one the queue is empty (every commit indexes it) and this is one read of an empty table.
    /// </summary>
    protected override async Task CatchUpAsync(CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM \"SearchPending\")";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1)
        {
            command.CommandText = SqliteSearchSchema.Flush;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// FTS5's own integrity check (with rank 1 it also compares the index with the text of every
    /// document), the documents against the indexed rows, and the triggers that keep them in step.
    /// </summary>
    public override IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO \"SearchIndex\" (\"SearchIndex\", rank) VALUES ('integrity-check', 1)";
            try
            {
                command.ExecuteNonQuery();
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                problems.Add($"the FTS5 search index does not match the text it indexes ({e.Message.TrimEnd('.')}); rebuild it with INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES('rebuild')");
            }

            command.CommandText = "SELECT count(*) FROM \"SearchPending\"";
            var queued = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (queued > 0)
            {
                problems.Add($"{queued} search document(s) are queued but not indexed: a write committed without indexing them (Clerk's next write indexes them)");
            }

            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Search\\_%' ESCAPE '\\'";
            var present = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    present.Add(reader.GetString(0));
                }
            }

            var missing = SqliteSearchSchema.TriggerNames().Where(n => !present.Contains(n)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{missing.Count} trigger(s) that keep the search index in step are missing: {string.Join(", ", missing)}");
            }
        }

        problems.AddRange(CheckDocuments(SearchEngine.Sqlite));
        return problems;
    }
}
