using System.Data.Common;
using System.Globalization;

namespace Clerk.Store.Search;

/// <summary>The index on SQLite: FTS5 (see <see cref="SqliteSearchSchema"/>), ranked by bm25.</summary>
internal sealed class SqliteSearchIndex(DbConnection connection, SearchLimits limits) : SqlSearchIndex(connection, limits)
{
    protected override string MatchSql => "SELECT rowid AS \"Id\", bm25(\"SearchIndex\") AS \"Rank\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH @q";

    // FTS5 gives its matches in rowid order, either way, as it reads them: a walk stops when it has enough.
    protected override string MatchIdsSql => "SELECT rowid AS \"Id\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH @q";

    protected override string Collate => "";

    protected override NewestOrder Newest => NewestOrder.Up;

    protected override string? WalkedIdsSql => "json_group_array(w.\"Id\")";

    /// <summary>
    /// Ranks the documents by <see cref="Bm25"/> over their texts, read here (at most
    /// <see cref="SearchLimits.RankedAtMost"/> of them), and gives the ranks to the page as JSON.
    /// </summary>
    protected override async Task<string> RankingAsync(DbCommand page, QueryNode match, string text, string? walked, CancellationToken ct)
    {
        var bm25 = await Bm25Async(match, ct);
        var ranks = new System.Text.StringBuilder("{");
        await using (var command = Connection.CreateCommand())
        {
            // The walk's documents, or on a later page the match's own (no more than the walk found, give or take what was written since).
            command.CommandText = walked is null
                ? $"SELECT m.\"Id\", t.\"Body\" FROM ({MatchIdsSql}) m CROSS JOIN \"SearchText\" t ON t.\"Id\" = m.\"Id\""
                : "SELECT j.\"value\", t.\"Body\" FROM json_each(@ids) j CROSS JOIN \"SearchText\" t ON t.\"Id\" = j.\"value\"";
            Add(command, walked is null ? "@q" : "@ids", walked ?? text);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var rank = bm25.Rank(reader.IsDBNull(1) ? "" : reader.GetString(1));
                ranks.Append(ranks.Length == 1 ? "\"" : ",\"").Append(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture))
                    .Append("\":").Append(rank.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        Add(page, "@ranks", ranks.Append('}').ToString());
        return "SELECT CAST(j.\"key\" AS INTEGER) AS \"Id\", j.\"value\" AS \"Rank\" FROM json_each(@ranks) j";
    }

    // The index's size and mean document length (FTS5's averages record: varints of the number of
    // rows and of the tokens in the column), and each phrase's share of it from its first matches.
    internal async Task<Bm25> Bm25Async(QueryNode match, CancellationToken ct)
    {
        const long Sampled = 10_000;
        await using var command = Connection.CreateCommand();
        command.CommandText = "SELECT (SELECT block FROM \"SearchIndex_data\" WHERE id = 1), (SELECT min(\"Id\") FROM \"SearchDocs\"), (SELECT max(\"Id\") FROM \"SearchDocs\")";
        long documents = 0, tokens = 0, lowest = 0, highest = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            if (!reader.IsDBNull(0))
            {
                var block = (byte[])reader.GetValue(0);
                var at = 0;
                documents = Varint(block, ref at);
                tokens = Varint(block, ref at);
            }

            (lowest, highest) = reader.IsDBNull(1) ? (0, 0) : (reader.GetInt64(1), reader.GetInt64(2));
        }

        var phrases = new List<(Words, double)>();
        command.CommandText = "SELECT count(*), max(x.rowid) FROM (SELECT rowid FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH @p LIMIT @n) x";
        Add(command, "@p", "");
        Add(command, "@n", Sampled);
        foreach (var phrase in match.Phrases())
        {
            command.Parameters["@p"].Value = EngineSyntax.Fts5(phrase);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var read = reader.GetInt64(0);
            var holding = Bm25.Holding(read, read == 0 ? lowest - 1 : reader.GetInt64(1), Sampled, lowest, highest);
            phrases.Add((phrase, Bm25.Idf(documents, holding)));
        }

        return new Bm25(documents > 0 && tokens > 0 ? (double)tokens / documents : 1, phrases);
    }

    // An SQLite varint: big-endian groups of seven bits, each byte but the last with its high bit set; a ninth byte gives eight.
    private static long Varint(byte[] bytes, ref int at)
    {
        long value = 0;
        for (var i = 0; i < 9 && at < bytes.Length; i++)
        {
            var b = bytes[at++];
            if (i == 8)
            {
                return (value << 8) | b;
            }

            value = (value << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return value;
    }

    protected override string MatchText(QueryNode match) => EngineSyntax.Fts5(match);

    /// <summary>
    /// Indexes the documents the open write transaction queued, so that it finds what it wrote; outside
    /// one the queue is empty (every commit indexes it) and this is one read of an empty table.
    /// </summary>
    protected override async Task CatchUpAsync(CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM \"SearchPending\") OR EXISTS (SELECT 1 FROM \"SearchDeferred\")";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1)
        {
            command.CommandText = SqliteSearchSchema.Drain + "\n" + SqliteSearchSchema.Flush;
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
