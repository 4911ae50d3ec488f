using System.Data.Common;
using Clerk.Domain;

namespace Clerk.Store.Search;

/// <summary>
/// What both engines' indexes share: deciding between a ranked and a newest-first search (see
/// <see cref="SearchLimits"/>), running <see cref="SearchSql"/>'s SELECTs with the engine's match,
/// and reading the page. An engine says how it matches and ranks, and how it checks itself.
/// </summary>
internal abstract class SqlSearchIndex(DbConnection connection, SearchLimits limits) : ISearchIndex
{
    protected DbConnection Connection => connection;

    protected SearchLimits Limits => limits;

    /// <summary>SQL giving the documents matching parameter @q as ("Id", "Rank"), smaller rank better.</summary>
    protected abstract string MatchSql { get; }

    /// <summary>SQL giving the documents matching parameter @q as ("Id"), unranked, cheap to read in order of "Id".</summary>
    protected abstract string MatchIdsSql { get; }

    /// <summary>
    /// SQL aggregating the walk's documents w."Id" into one value that <see cref="RankingAsync"/> takes,
    /// for an engine that ranks the documents a walk found rather than matching again; or null.
    /// </summary>
    protected virtual string? WalkedIdsSql => null;

    /// <summary>
    /// SQL giving the documents to rank as ("Id", "Rank"), reading parameters it adds to <paramref name="page"/>:
    /// by default <see cref="MatchSql"/>. <paramref name="walked"/> is the <see cref="WalkedIdsSql"/> value
    /// of the walk that chose to rank, or null on a later page.
    /// </summary>
    protected virtual Task<string> RankingAsync(DbCommand page, QueryNode match, string text, string? walked, CancellationToken ct) =>
        Task.FromResult(MatchSql);

    /// <summary>
    /// The documents <paramref name="match"/> (parameter @q) matches, newest first, as the walk reads
    /// them (all of them, their rows if they cost nothing) and as a window reads them (document @top
    /// and older, joined to their rows as d). Asked once a search. By default <see cref="MatchIdsSql"/>
    /// in order of "Id"; an engine whose match cannot stop early may read its index in parts, newest
    /// first, and look at the database to choose how.
    /// </summary>
    protected virtual Task<(NewestMatches Walk, NewestMatches Window)> NewestFirstAsync(QueryNode match, CancellationToken ct) =>
        Task.FromResult((
            new NewestMatches($"({MatchIdsSql}) m", "m.\"Id\"", "", $"m.\"Id\" {Newest.Sort}", Rows: false),
            new NewestMatches($"({MatchIdsSql}) m JOIN \"SearchDocs\" d ON d.\"Id\" = m.\"Id\"", "m.\"Id\"", $" AND m.\"Id\" {Newest.AtOrOlder} @top", $"m.\"Id\" {Newest.Sort}", Rows: true)));

    /// <summary>Which way the engine's document numbers run from the newest.</summary>
    protected abstract NewestOrder Newest { get; }

    /// <summary>Appended to the tie-break's text keys so ordering is bytewise.</summary>
    protected abstract string Collate { get; }

    /// <summary>The parsed query in the engine's syntax, passed as @q.</summary>
    protected abstract string MatchText(QueryNode match);

    /// <summary>
    /// The query as the engine's index reads it best, matching exactly what <paramref name="match"/>
    /// matches (an engine may write a prefix out as the words it begins); by default the query itself.
    /// Snippets are still cut by the query as written.
    /// </summary>
    protected virtual Task<QueryNode> ForIndexAsync(QueryNode match, CancellationToken ct) => Task.FromResult(match);

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        if (query.Limit is < 1 or > SearchQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, $"a page holds 1 to {SearchQuery.MaxLimit} hits");
        }

        var cursor = query.After is { } after ? PageCursor.Read(after) : null;
        await CatchUpAsync(ct);
        var match = await ForIndexAsync(query.Match, ct);
        var text = MatchText(match);
        // A cursor keeps the order its first page had, even if the matches have since grown or shrunk.
        if (cursor is { Newest: false })
        {
            return await RankedAsync(query, text, null, ct);
        }

        var matches = await NewestFirstAsync(match, ct);
        var walk = await WalkAsync(query, text, matches.Walk, ct);
        if (cursor is null && walk.Matching <= limits.RankedAtMost)
        {
            return await RankedAsync(query, text, walk.Ids, ct);
        }

        var (hits, last) = (walk.Hits, walk.Last);
        var more = walk.Matching > limits.CountedAtMost;
        if (hits.Count < query.Limit && more)
        {
            // The page goes on past the documents the walk read (or from the cursor, if that is older).
            var top = Newest.After(walk.Oldest);
            top = cursor is null ? top : Newest.Older(top, Newest.Document(cursor.Rank));
            last = await NewestAsync(query, text, matches.Window, top, hits, ct) ?? last;
        }

        var next = hits.Count == query.Limit ? (last! with { Newest = true }).Write() : null;
        return new SearchResults(walk.Counted, await SnippetsAsync(hits, query.Match, ct), next) { Order = SearchOrder.Newest, TotalIsLowerBound = more };
    }

    // The page's hits with their snippets, cut from their documents' texts read in one SELECT.
    private async Task<List<SearchHit>> SnippetsAsync(List<PageHit> hits, QueryNode match, CancellationToken ct)
    {
        var texts = new Dictionary<long, string>();
        if (hits.Count > 0)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SearchSql.Bodies(command, [.. hits.Select(h => h.Document).Distinct()]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                texts[reader.GetInt64(0)] = reader.IsDBNull(1) ? "" : reader.GetString(1);
            }
        }

        return [.. hits.Select(h => new SearchHit(h.Case, h.Fact, h.Rank, Snippets.Of(texts.GetValueOrDefault(h.Document, ""), match)))];
    }

    // A hit of a page before its snippet, with the number of the document it comes from.
    private sealed record PageHit(long Document, CaseId? Case, FactRef Fact, double Rank);

    // The newest @budget + 1 matching documents: how many, the hits they give, the oldest of them,
    // and the first page of those hits newest first.
    private async Task<(long Matching, long Counted, long Oldest, string? Ids, List<PageHit> Hits, PageCursor? Last)> WalkAsync(SearchQuery query, string text, NewestMatches matches, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SearchSql.Walk(command, query, Newest, matches, text, Collate, WalkedIdsSql);
        Add(command, "@budget", (long)limits.CountedAtMost);
        Add(command, "@ranked", (long)limits.RankedAtMost);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var hits = new List<PageHit>();
        PageCursor? last = null;
        long matching = 0, counted = 0, oldest = 0;
        string? ids = null;
        while (await reader.ReadAsync(ct))
        {
            (matching, counted, oldest) = (reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? 0 : reader.GetInt64(2));
            ids = reader.IsDBNull(3) ? null : reader.GetString(3);
            if (!reader.IsDBNull(4))
            {
                last = Hit(reader, 4, hits);
            }
        }

        return (matching, counted, oldest, ids, hits, last);
    }

    private async Task<SearchResults> RankedAsync(SearchQuery query, string text, string? walked, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SearchSql.RankedPage(command, query, await RankingAsync(command, query.Match, text, walked, ct), text, Collate);
        var (hits, total, last, _) = await ReadAsync(command, ct);
        if (hits.Count == 0 && query.After is not null)
        {
            // The page after the last one: the total comes from the first page's query.
            total = (await RankedAsync(query with { After = null, Limit = 1 }, text, null, ct)).Total;
        }

        return new SearchResults(total, await SnippetsAsync(hits, query.Match, ct), hits.Count == query.Limit ? last?.Write() : null);
    }

    // Walks the matching documents no newer than document top, newest first, a window of them at a time,
    // adding to hits until the page is full; a window whose documents give fewer hits than the page
    // needs (their cases filtered out) is followed by the next, twice as large.
    private async Task<PageCursor?> NewestAsync(SearchQuery query, string text, NewestMatches matches, long top, List<PageHit> hits, CancellationToken ct)
    {
        var window = (long)query.Limit;
        PageCursor? last = null;
        while (hits.Count < query.Limit)
        {
            (long Docs, long Oldest)? seen;
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = SearchSql.NewestPage(command, query with { Limit = query.Limit - hits.Count }, Newest, matches, text, Collate);
                Add(command, "@top", top);
                Add(command, "@window", window);
                var page = await ReadAsync(command, ct);
                hits.AddRange(page.Hits);
                last = page.Last ?? last;
                seen = page.Window;
            }

            if (seen is null)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = SearchSql.NewestWindow(command, query, Newest, matches, text);
                Add(command, "@top", top);
                Add(command, "@window", window);
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                seen = (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1));
            }

            if (seen.Value.Docs < window)
            {
                break;
            }

            top = Newest.After(seen.Value.Oldest);
            window *= 2;
        }

        return last;
    }

    // The hits a page SELECT gives, the total its rows carry, where the page ends, and the window a newest page read.
    private static async Task<(List<PageHit> Hits, long Total, PageCursor? Last, (long Docs, long Oldest)? Window)> ReadAsync(DbCommand command, CancellationToken ct)
    {
        var hits = new List<PageHit>();
        long total = 0;
        PageCursor? last = null;
        (long, long)? window = null;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            total = reader.GetInt64(5);
            last = Hit(reader, 0, hits);
            if (reader.FieldCount > 7)
            {
                window = (reader.GetInt64(6), reader.GetInt64(7));
            }
        }

        return (hits, total, last, window);
    }

    // Adds the hit whose document, kind, case, key and rank are the columns from first on; gives the
    // cursor of where a page ending with it ends.
    private static PageCursor Hit(DbDataReader reader, int first, List<PageHit> hits)
    {
        var kind = IndexedKind.Named(reader.GetString(first + 1));
        var @case = reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2);
        var key = reader.GetString(first + 3);
        var rank = reader.GetDouble(first + 4);
        hits.Add(new PageHit(reader.GetInt64(first), @case is null ? null : new CaseId(@case), kind.FactRef(@case, key), rank));
        return new PageCursor(rank, @case ?? "", kind.Name, key);
    }

    protected static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    public async Task<IReadOnlyList<CaseId>> CasesNamedAsync(QueryNode match, CancellationToken ct = default)
    {
        await CatchUpAsync(ct);
        match = await ForIndexAsync(match, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"WITH m AS ({MatchIdsSql}), d AS (SELECT d.\"Kind\", d.\"Case\", d.\"Ref\" FROM m JOIN \"SearchDocs\" d ON d.\"Id\" = m.\"Id\" WHERE d.\"Kind\" IN ('case', 'party', 'attorney')) " +
            "SELECT d.\"Case\" FROM d WHERE d.\"Kind\" = 'case' " +
            "UNION SELECT o.\"Case\" FROM d JOIN \"Participations\" o ON o.\"Party\" = d.\"Ref\" WHERE d.\"Kind\" = 'party' " +
            "UNION SELECT o.\"Case\" FROM d JOIN \"Counsel\" o ON o.\"Attorney\" = d.\"Ref\" WHERE d.\"Kind\" = 'attorney'";
        Add(command, "@q", MatchText(match));
        var ids = new List<CaseId>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(new CaseId(reader.GetString(0)));
        }

        return ids;
    }

    public abstract IReadOnlyList<string> Check();

    /// <summary>Brings the index up to what the open transaction has written, where the engine indexes at commit.</summary>
    protected virtual Task CatchUpAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Problems with the document table against the indexed tables: rows not indexed and documents of no row.</summary>
    protected IReadOnlyList<string> CheckDocuments(SearchEngine engine)
    {
        var problems = new List<string>();
        foreach (var k in IndexedKind.All)
        {
            var same = $"d.\"Kind\" = '{k.Name}' AND {NullSafeEquals(engine, "d.\"Case\"", k.Case("r"))} AND d.\"Ref\" = {k.Ref("r")}";
            Report(problems, $"SELECT {k.Ref("r")} FROM \"{k.Table}\" r WHERE NOT EXISTS (SELECT 1 FROM \"SearchDocs\" d WHERE {same})",
                $"{k.Table}: {{0}} row(s) missing from the search index, e.g. {{1}}");
            Report(problems, $"SELECT d.\"Ref\" FROM \"SearchDocs\" d WHERE d.\"Kind\" = '{k.Name}' AND NOT EXISTS (SELECT 1 FROM \"{k.Table}\" r WHERE {same})",
                $"{k.Table}: the search index holds {{0}} document(s) of rows that no longer exist, e.g. {{1}}");
        }

        Report(problems, $"SELECT d.\"Kind\" FROM \"SearchDocs\" d WHERE d.\"Kind\" NOT IN ({string.Join(", ", IndexedKind.All.Select(k => $"'{k.Name}'"))})",
            "the search index holds {0} document(s) of an unknown kind, e.g. {1}");
        Report(problems, "SELECT \"Case\" FROM \"SearchDeferred\"",
            "{0} case(s) wait for their search documents to be made, e.g. {1}: a write committed without making them (Clerk's next write makes them)");
        return problems;
    }

    private static string NullSafeEquals(SearchEngine engine, string a, string b) =>
        engine == SearchEngine.Sqlite ? $"{a} IS {b}" : $"{a} IS NOT DISTINCT FROM {b}";

    // Runs a query of offending keys; reports how many and the first few.
    private void Report(List<string> problems, string sql, string message)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var keys = new List<string>();
        var count = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (count++ < 3)
            {
                keys.Add(reader.IsDBNull(0) ? "(null)" : reader.GetValue(0).ToString()!);
            }
        }

        if (count > 0)
        {
            problems.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, count, string.Join(", ", keys)));
        }
    }
}
