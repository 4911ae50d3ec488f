using System.Data.Common;

namespace Clerk.Store.Search;

/// <summary>The index on PostgreSQL: a tsvector per fact under GIN (see <see cref="PostgresSearchSchema"/>), ranked by ts_rank_cd.</summary>
internal sealed class PostgresSearchIndex(DbConnection connection, SearchLimits limits) : SqlSearchIndex(connection, limits)
{
    protected override string MatchSql =>
        "SELECT d.\"Id\", (-ts_rank_cd(d.\"Vector\", q))::float8 AS \"Rank\" FROM \"SearchDocs\" d, CAST(@q AS tsquery) q WHERE d.\"Vector\" @@ q";

    protected override string MatchIdsSql =>
        "SELECT d.\"Id\" FROM \"SearchDocs\" d WHERE d.\"Vector\" @@ CAST(@q AS tsquery)";

    protected override string Collate => " COLLATE \"C\"";

    protected override NewestOrder Newest => NewestOrder.Down;

    protected override string MatchText(QueryNode match) => EngineSyntax.TsQuery(match);

    /// <summary>Each document's vector against its text now, the documents against the indexed rows, and the triggers.</summary>
    public override IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = $"SELECT count(*), min(d.\"Kind\" || ' ' || d.\"Ref\") FROM \"SearchDocs\" d JOIN \"SearchText\" s ON s.\"Id\" = d.\"Id\" WHERE d.\"Vector\" IS DISTINCT FROM {PostgresSearchSchema.Vector("s.\"Body\"")}";
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read() && reader.GetInt64(0) > 0)
                {
                    problems.Add($"the search index holds {reader.GetInt64(0)} document(s) whose words differ from their text, e.g. {reader.GetString(1)}");
                }
            }

            command.CommandText = "SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' AND tgname::text LIKE 'Search\\_%'";
            var present = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    present.Add(reader.GetString(0));
                }
            }

            var missing = PostgresSearchSchema.TriggerNames().Where(n => !present.Contains(n)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{missing.Count} trigger(s) that keep the search index in step are missing or disabled: {string.Join(", ", missing)}");
            }
        }

        problems.AddRange(CheckDocuments(SearchEngine.Postgres));
        return problems;
    }
}
