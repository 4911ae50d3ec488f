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

    protected override string? WalkedIdsSql => "array_to_string(array_agg(w.\"Id\"), ',')";

    /// <summary>
    /// Ranks the documents the walk found (at most <see cref="SearchLimits.RankedAtMost"/>) by their
    /// numbers, rather than matching the whole index again: a phrase is checked against every
    /// document holding its words, which the walk has just done.
    /// </summary>
    protected override Task<string> RankingAsync(DbCommand page, QueryNode match, string text, string? walked, CancellationToken ct)
    {
        if (walked is null)
        {
            return Task.FromResult(MatchSql);
        }

        Add(page, "@ids", walked);
        return Task.FromResult("SELECT d.\"Id\", (-ts_rank_cd(d.\"Vector\", CAST(@q AS tsquery)))::float8 AS \"Rank\" FROM \"SearchDocs\" d WHERE d.\"Id\" = ANY(CAST(string_to_array(@ids, ',') AS bigint[]))");
    }

    protected override NewestOrder Newest => NewestOrder.Down;

    protected override string MatchText(QueryNode match) => EngineSyntax.TsQuery(match);

    /// <summary>
    /// GIN gives every match at once, in no useful order, and the server then reads each matching row
    /// before it can keep the newest: 400,000 rows for a company's name at ten million entries. For a
    /// query that matches that many, the newest are read a bucket of document numbers at a time
    /// (<see cref="PostgresSearchSchema.Bucket"/>, which the index leads with), newest bucket first,
    /// and the server stops at the bucket that completes the walk or the window. Each bucket is one
    /// more index scan (about a millisecond for a query of common words), so a query that matches few
    /// documents is read whole, as is a prefix still left to GIN (one that begins more than
    /// <see cref="PrefixWordsAtMost"/> words: <see cref="ForIndexAsync"/>), which GIN expands over the
    /// whole index on every scan.
    /// The rows come with the documents, asked or not: the scan has read them, and a walk that joins
    /// them again by number takes twice as long.
    /// </summary>
    protected override async Task<(NewestMatches Walk, NewestMatches Window)> NewestFirstAsync(QueryNode match, CancellationToken ct)
    {
        var byBucket = !match.Phrases(excluded: true).Any(w => w.Prefix) && await ManyMatchAsync(match, ct);
        return (Reading(byBucket, top: false), Reading(byBucket, top: true));
    }

    // The matches newest first, with their rows: a bucket at a time or all at once; with top, only @top and older.
    private static NewestMatches Reading(bool byBucket, bool top)
    {
        var older = top ? " AND d.\"Id\" <= @top" : "";
        if (!byBucket)
        {
            return new("\"SearchDocs\" d", "d.\"Id\"", $" AND d.\"Vector\" @@ CAST(@q AS tsquery){older}", "d.\"Id\" DESC", Rows: true);
        }

        var first = PostgresSearchSchema.Bucket(top ? "CAST(@top AS bigint)" : "(SELECT max(\"Id\") FROM \"SearchDocs\")");
        var last = PostgresSearchSchema.Bucket("(SELECT min(\"Id\") FROM \"SearchDocs\")");
        // OFFSET 0 keeps the subquery whole, so each bucket is one index scan; WITH ORDINALITY tells the
        // planner that the buckets come in order, so it sorts each bucket's rows alone and stops early.
        return new(
            $"generate_series({first}, {last}, -1) WITH ORDINALITY b(\"Bucket\", \"Nth\") CROSS JOIN LATERAL (SELECT d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", d.\"Date\" FROM \"SearchDocs\" d " +
            $"WHERE {PostgresSearchSchema.Bucket("d.\"Id\"")} = b.\"Bucket\" AND d.\"Vector\" @@ CAST(@q AS tsquery){older} OFFSET 0) d",
            "d.\"Id\"",
            "",
            "b.\"Nth\", d.\"Id\" DESC",
            Rows: true);
    }

    // Whether the query is likely to match more than twice the documents a walk counts: its matches
    // among the newest 131,072 document numbers (two buckets' scans at most), scaled to all of them.
    // From about there on, reading the buckets newest first costs less than reading every match
    // (docs/benchmarks.md); a database of fewer than three buckets is read whole.
    private async Task<bool> ManyMatchAsync(QueryNode match, CancellationToken ct)
    {
        const long Span = 1L << PostgresSearchSchema.BucketBits;
        await using var probe = Connection.CreateCommand();
        var bucket = PostgresSearchSchema.Bucket("d.\"Id\"");
        var newest = $"SELECT count(*) FROM \"SearchDocs\" d WHERE d.\"Id\" > r.hi - {Span} AND d.\"Vector\" @@ CAST(@q AS tsquery) AND {bucket} = ";
        probe.CommandText = $"WITH r AS (SELECT max(\"Id\") AS hi, min(\"Id\") AS lo FROM \"SearchDocs\") " +
            $"SELECT r.hi - r.lo + 1, ({newest}{PostgresSearchSchema.Bucket("r.hi")}) + ({newest}{PostgresSearchSchema.Bucket("r.hi")} - 1) FROM r";
        Add(probe, "@q", MatchText(match));
        await using var reader = await probe.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0) || reader.GetInt64(0) < 3 * Span)
        {
            return false;
        }

        return reader.GetInt64(1) * (double)reader.GetInt64(0) / Span > 2.0 * Limits.CountedAtMost;
    }

    /// <summary>The most words a prefix is written out as; a prefix that begins more is left to GIN.</summary>
    internal const int PrefixWordsAtMost = 64;

    /// <summary>
    /// Each prefix written out as the words of the index it begins, from <c>SearchWords</c>
    /// (<see cref="PostgresSearchSchema.Words"/>): GIN expands a prefix itself by reading the whole
    /// posting list of every word it begins, over all documents, on every scan (34 ms for <c>ross*</c>
    /// at ten million entries), and cannot then read one bucket alone; the same words named can. A
    /// prefix that begins no word becomes that word itself, which no document holds; one that begins
    /// more than <see cref="PrefixWordsAtMost"/> stays a prefix.
    /// </summary>
    protected override async Task<QueryNode> ForIndexAsync(QueryNode match, CancellationToken ct)
    {
        var prefixes = new SortedSet<string>(match.Phrases(excluded: true).Where(w => w.Prefix).Select(w => w.Tokens[^1]), StringComparer.Ordinal);
        if (prefixes.Count == 0)
        {
            return match;
        }

        var words = prefixes.ToDictionary(p => p, _ => new List<string>(), StringComparer.Ordinal);
        await using (var command = Connection.CreateCommand())
        {
            command.CommandText = "SELECT p, w.\"Word\" FROM unnest(CAST(@prefixes AS text[])) p CROSS JOIN LATERAL " +
                "(SELECT DISTINCT s.\"Word\" FROM \"SearchWords\" s WHERE s.\"Word\" >= p COLLATE \"C\" AND s.\"Word\" < (p || chr(1114111)) COLLATE \"C\" ORDER BY 1 LIMIT @most) w";
            Add(command, "@prefixes", prefixes.ToArray());
            Add(command, "@most", PrefixWordsAtMost + 1);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                words[reader.GetString(0)].Add(reader.GetString(1));
            }
        }

        return Expand(match, words);
    }

    private static QueryNode Expand(QueryNode node, Dictionary<string, List<string>> words) => node switch
    {
        Words { Prefix: true } w when words[w.Tokens[^1]] is { Count: <= PrefixWordsAtMost } begun => begun.Count switch
        {
            0 => w with { Prefix = false },
            1 => new Words([.. w.Tokens.SkipLast(1), begun[0]], false),
            _ => new Any([.. begun.Select(b => new Words([.. w.Tokens.SkipLast(1), b], false))]),
        },
        All a => new All([.. a.Parts.Select(p => Expand(p, words))]),
        Any o => new Any([.. o.Parts.Select(p => Expand(p, words))]),
        Not n => new Not(Expand(n.Inner, words)),
        _ => node,
    };

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

            command.CommandText = $"SELECT count(*), min(n.word) FROM ({PostgresSearchSchema.NewWords()}) n";
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read() && reader.GetInt64(0) > 0)
                {
                    problems.Add($"the search index holds {reader.GetInt64(0)} word(s) missing from SearchWords, e.g. {reader.GetString(1)}: a prefix search misses the documents that hold them");
                }
            }

            command.CommandText = $"SELECT count(*) FROM pg_indexes WHERE tablename = 'SearchDocs' AND indexname = '{PostgresSearchSchema.WordsIndex}'";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                problems.Add($"the search index's GIN index {PostgresSearchSchema.WordsIndex} is missing: every search reads every document (create it as the SearchBuckets migration does)");
            }
        }

        problems.AddRange(CheckDocuments(SearchEngine.Postgres));
        return problems;
    }
}
