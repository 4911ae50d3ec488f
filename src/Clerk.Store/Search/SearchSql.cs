using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// The SELECTs both engines run, built from the parsed query; only the match itself (FTS5's MATCH
/// with bm25, or tsquery with ts_rank_cd) and the collation of the tie-break differ. Every value is
/// a parameter. Hits are ordered by rank, then case, kind and key (bytewise), which also makes the
/// page cursor exact; newest-first pages rank each hit by its document's number, newest smallest
/// (<see cref="NewestOrder"/>), so the same ordering and cursor serve both (see <see cref="SearchLimits"/>).
/// </summary>
internal static class SearchSql
{
    /// <summary>The SELECT for one ranked page with the exact total, with its parameters added to <paramref name="command"/>.</summary>
    /// <param name="match">SQL giving the matching documents as ("Id", "Rank"), smaller rank better; reads parameter @q.</param>
    /// <param name="collate">Appended to text sort keys (<c> COLLATE "C"</c> on PostgreSQL, nothing on SQLite).</param>
    public static string RankedPage(DbCommand command, SearchQuery query, string match, string matchText, string collate)
    {
        Add(command, "@q", matchText);
        var docs = $"SELECT d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", m.\"Rank\" FROM ({match}) m JOIN \"SearchDocs\" d ON d.\"Id\" = m.\"Id\" WHERE 1 = 1{DocFilters(command, query.Filters)}";
        return Hits(command, query, "", docs, collate) + Page(command, query, "count(*) OVER ()", "");
    }

    /// <summary>
    /// Reads the newest @budget + 1 documents whose text matches: how many there are (up to that), how
    /// many hits the newest @budget of them give once filtered, the oldest document number among
    /// those, and the first @limit of those hits newest first (after the cursor, if any). One walk
    /// decides between a ranked and a newest-first search, gives the latter its total, and, most often,
    /// its page. The first row always comes (the counts); its hit columns are null when there is no hit.
    /// </summary>
    /// <param name="matches">The matching documents newest first, with their rows or without; reads parameter @q.</param>
    /// <param name="walkedIds">SQL aggregating w."Id" into one value, given when the walk reads at most @ranked documents; or null.</param>
    public static string Walk(DbCommand command, SearchQuery query, NewestOrder newest, NewestMatches matches, string matchText, string collate, string? walkedIds)
    {
        Add(command, "@q", matchText);
        // With the rows in the walk, the documents are not read again by number.
        var rows = matches.Rows ? ", d.\"Kind\", d.\"Case\", d.\"Ref\", d.\"Date\"" : "";
        var walked = $"SELECT {(matches.Rows ? "w.*" : "w.\"Id\"")} FROM w ORDER BY w.\"Id\" {newest.Sort} LIMIT @budget";
        var from = matches.Rows ? $"({walked}) d" : $"({walked}) m JOIN \"SearchDocs\" d ON d.\"Id\" = m.\"Id\"";
        var docs = $"SELECT d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", {newest.Rank} AS \"Rank\" FROM {from}" +
            $"{Prefilter(command, query, out var where)} WHERE 1 = 1{DocFilters(command, query.Filters)}{where}";
        var sb = new StringBuilder(Hits(command, query, $"w AS MATERIALIZED (SELECT {matches.Id} AS \"Id\"{rows} FROM {matches.From} WHERE 1 = 1{matches.Where} ORDER BY {matches.OrderBy} LIMIT @budget + 1), ", docs, collate));
        sb.Append(CultureInfo.InvariantCulture, $", c AS (SELECT (SELECT count(*) FROM w) AS \"Matching\", (SELECT count(*) FROM f) AS \"Counted\", (SELECT {newest.Oldest}(b.\"Id\") FROM ({walked}) b) AS \"Oldest\", ");
        sb.Append(walkedIds is null ? "NULL" : $"CASE WHEN (SELECT count(*) FROM w) <= @ranked THEN (SELECT {walkedIds} FROM w) END").Append(" AS \"Ids\") ");
        sb.Append("SELECT c.\"Matching\", c.\"Counted\", c.\"Oldest\", c.\"Ids\", p.\"Id\", p.\"Kind\", p.\"Case\", p.\"Ref\", p.\"Rank\" ");
        sb.Append("FROM c LEFT JOIN (SELECT * FROM f").Append(After(command, query, "f")).Append(OrderBy("f")).Append(" LIMIT @limit) p ON 1 = 1").Append(OrderBy("p"));
        Add(command, "@limit", (long)query.Limit);
        return sb.ToString();
    }

    /// <summary>
    /// One newest-first page (no total): the hits of the newest @window matching documents no newer than
    /// document @top, each row with how many documents that window holds and the oldest among them,
    /// so that a page its filters leave short goes on past it.
    /// </summary>
    /// <param name="matches">The matching documents newest first, joined to their rows as d, from @top on; reads parameter @q.</param>
    public static string NewestPage(DbCommand command, SearchQuery query, NewestOrder newest, NewestMatches matches, string matchText, string collate)
    {
        Add(command, "@q", matchText);
        return Hits(command, query, "", Window(command, query, matches, $"d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", {newest.Rank} AS \"Rank\""), collate) +
            Page(command, query, "0", $", (SELECT count(*) FROM d) AS \"Docs\", (SELECT {newest.Oldest}(d.\"Id\") FROM d) AS \"Oldest\"");
    }

    /// <summary>How many documents the window of <see cref="NewestPage"/> holds, and the oldest among them.</summary>
    public static string NewestWindow(DbCommand command, SearchQuery query, NewestOrder newest, NewestMatches matches, string matchText)
    {
        Add(command, "@q", matchText);
        return $"SELECT count(*), {newest.Oldest}(n.\"Id\") FROM ({Window(command, query, matches, "d.\"Id\"")}) n";
    }

    // The newest @window documents no newer than @top that match and may give a hit (the case
    // filters are checked here for facts of a case, later for the cases naming a shared fact).
    private static string Window(DbCommand command, SearchQuery query, NewestMatches matches, string columns) =>
        $"SELECT {columns} FROM {matches.From}{Prefilter(command, query, out var where)} " +
        $"WHERE 1 = 1{matches.Where}{DocFilters(command, query.Filters)}{where} ORDER BY {matches.OrderBy} LIMIT @window";

    private static string DocFilters(DbCommand command, SearchFilters f)
    {
        var sb = new StringBuilder();
        if (f.Fact is { } fact)
        {
            sb.Append(" AND d.\"Kind\" = @fact");
            Add(command, "@fact", IndexedKind.Of(fact).Name);
        }

        if (f.From is { } from)
        {
            sb.Append(" AND d.\"Date\" >= @from");
            Add(command, "@from", Iso(from));
        }

        if (f.To is { } to)
        {
            sb.Append(" AND d.\"Date\" <= @to");
            Add(command, "@to", Iso(to));
        }

        return sb.ToString();
    }

    // For a walk over documents: the join and condition that drop a fact of a case its filters refuse
    // before it takes a place in the window. A shared fact has no case yet and passes.
    private static string Prefilter(DbCommand command, SearchQuery query, out string where)
    {
        var conditions = CaseConditions(command, query, "d.\"Case\"");
        where = conditions.Count == 0 ? "" : $" AND (d.\"Case\" IS NULL OR ({string.Join(" AND ", conditions)}))";
        return NeedsCases(query) ? " LEFT JOIN \"Cases\" c ON c.\"Id\" = d.\"Case\"" : "";
    }

    private static bool NeedsCases(SearchQuery query) => query.Filters is { Court: not null } or { Kind: not null } or { Judge: not null };

    // The filters about a hit's case, over the case column given and the case's row as c.
    private static List<string> CaseConditions(DbCommand command, SearchQuery query, string caseColumn)
    {
        var f = query.Filters;
        var conditions = new List<string>();
        if (f.Court is { } court)
        {
            conditions.Add("c.\"Court\" = @court");
            Add(command, "@court", court.Value);
        }

        if (f.Kind is { } caseKind)
        {
            conditions.Add("c.\"Kind\" = @kind");
            Add(command, "@kind", caseKind.ToString());
        }

        if (f.Judge is { } judge)
        {
            conditions.Add("c.\"Judge\" = @judge");
            Add(command, "@judge", judge.Value);
        }

        if (f.Party is { } party)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM \"Participations\" p WHERE p.\"Case\" = {caseColumn} AND p.\"Party\" = @party)");
            Add(command, "@party", party.Value);
        }

        // Few cases are restricted, so the hidden ones are listed rather than joined.
        var hidden = query.Hidden.Select((id, i) => (Name: $"@hidden{i}", id.Value)).ToList();
        if (hidden.Count > 0)
        {
            conditions.Add($"{caseColumn} NOT IN ({string.Join(", ", hidden.Select(h => h.Name))})");
            hidden.ForEach(h => Add(command, h.Name, h.Value));
        }

        return conditions;
    }

    // "WITH [before] d AS (docs), h AS (hits), f AS (hits that pass the case filters, with sort keys) ":
    // a shared fact (party, attorney, source) is a hit in each case that names it, or once without a case.
    private static string Hits(DbCommand command, SearchQuery query, string before, string docs, string collate)
    {
        var own = IndexedKind.All.Where(k => !k.Shared).Select(k => $"'{k.Name}'");
        var sb = new StringBuilder();
        // MATERIALIZED: each branch below reads d, and SQLite would otherwise run the match once per branch.
        sb.Append("WITH ").Append(before).Append("d AS MATERIALIZED (").Append(docs).Append("), ");
        // The shared facts apart: their six branches read these few rows, not all of d's (at ten
        // million entries on PostgreSQL a walk of 10,000 documents took 87 ms with them reading d, 27 without).
        sb.Append("ds AS MATERIALIZED (SELECT * FROM d WHERE d.\"Kind\" IN (").AppendJoin(", ", Owners.Select(o => $"'{o.Kind}'")).Append(")), ");
        sb.Append("h AS (SELECT d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", d.\"Rank\" FROM d WHERE d.\"Kind\" IN (").AppendJoin(", ", own).Append(')');
        foreach (var (kind, tables, column) in Owners)
        {
            // DISTINCT: a case that names the fact twice (or cites a source from both tables) is one hit.
            var named = tables.Select(t => $"SELECT d.\"Id\", d.\"Kind\", o.\"Case\", d.\"Ref\", d.\"Rank\" FROM ds d JOIN {t} o ON o.\"{column}\" = d.\"Ref\" WHERE d.\"Kind\" = '{kind}' AND o.\"Case\" IS NOT NULL");
            var unnamed = tables.Select(t => $"NOT EXISTS (SELECT 1 FROM {t} o WHERE o.\"{column}\" = d.\"Ref\" AND o.\"Case\" IS NOT NULL)");
            sb.Append(" UNION ALL SELECT DISTINCT * FROM (").AppendJoin(" UNION ALL ", named).Append(CultureInfo.InvariantCulture, $") {kind}s");
            sb.Append(CultureInfo.InvariantCulture, $" UNION ALL SELECT d.\"Id\", d.\"Kind\", NULL, d.\"Ref\", d.\"Rank\" FROM ds d WHERE d.\"Kind\" = '{kind}' AND ").AppendJoin(" AND ", unnamed);
        }

        sb.Append("), ");
        var conditions = CaseConditions(command, query, "h.\"Case\"");
        sb.Append("f AS (SELECT h.\"Id\", h.\"Kind\", h.\"Case\", h.\"Ref\", h.\"Rank\", coalesce(h.\"Case\", '')").Append(collate).Append(" AS \"SortCase\", h.\"Kind\"").Append(collate)
          .Append(" AS \"SortKind\", h.\"Ref\"").Append(collate).Append(" AS \"SortRef\" FROM h");
        if (NeedsCases(query))
        {
            // CROSS JOIN keeps the hits the outer loop on SQLite, which would otherwise scan every case.
            sb.Append(" CROSS JOIN \"Cases\" c");
            conditions.Insert(0, "c.\"Id\" = h.\"Case\"");
        }

        if (query.Hidden.Count > 0)
        {
            // A hit without a case is never hidden; the condition above would drop it (NULL NOT IN …).
            conditions[^1] = $"(h.\"Case\" IS NULL OR {conditions[^1]})";
        }

        if (conditions.Count > 0)
        {
            sb.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }

        sb.Append(") ");
        return sb.ToString();
    }

    // The hits of f in order from the cursor on, at most @limit, with the total as given and any extra columns.
    private static string Page(DbCommand command, SearchQuery query, string total, string extra)
    {
        var sb = new StringBuilder();
        sb.Append(", t AS (SELECT f.*, ").Append(total).Append(" AS \"Total\" FROM f) ");
        sb.Append("SELECT p.\"Id\", p.\"Kind\", p.\"Case\", p.\"Ref\", p.\"Rank\", p.\"Total\"").Append(extra).Append(" FROM (SELECT * FROM t");
        sb.Append(After(command, query, "t")).Append(OrderBy("t")).Append(" LIMIT @limit) p").Append(OrderBy("p"));
        Add(command, "@limit", (long)query.Limit);
        return sb.ToString();
    }

    /// <summary>The texts of a page's documents, for their snippets, with parameters @b0, @b1… added to <paramref name="command"/>.</summary>
    public static string Bodies(DbCommand command, IReadOnlyList<long> documents)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            Add(command, $"@b{i}", documents[i]);
        }

        return $"SELECT s.\"Id\", s.\"Body\" FROM \"SearchText\" s WHERE s.\"Id\" IN ({string.Join(", ", documents.Select((_, i) => $"@b{i}"))})";
    }

    // The order of hits (the cursor's order): rank, then case, kind and key.
    private static string OrderBy(string t) => $" ORDER BY {t}.\"Rank\", {t}.\"SortCase\", {t}.\"SortKind\", {t}.\"SortRef\"";

    // " WHERE" the hits of the table given that come after the query's cursor, or nothing without one.
    private static string After(DbCommand command, SearchQuery query, string t)
    {
        if (query.After is not { } after)
        {
            return "";
        }

        var c = PageCursor.Read(after);
        Add(command, "@ar", c.Rank);
        Add(command, "@ac", c.Case);
        Add(command, "@ak", c.Kind);
        Add(command, "@af", c.Ref);
        return $" WHERE ({t}.\"Rank\" > @ar OR ({t}.\"Rank\" = @ar AND ({t}.\"SortCase\" > @ac OR ({t}.\"SortCase\" = @ac AND ({t}.\"SortKind\" > @ak OR ({t}.\"SortKind\" = @ak AND {t}.\"SortRef\" > @af))))))";
    }

    // Which rows name a shared fact in a case, with the fact's column and "Case". Each table is joined
    // on its own (a UNION of the two citation tables would hide their indexes on "Source").
    private static readonly (string Kind, string[] Tables, string Column)[] Owners =
    [
        ("party", ["\"Participations\""], "Party"),
        ("attorney", ["\"Counsel\""], "Attorney"),
        ("source", ["\"Citations\"", "\"EntryCitations\""], "Source"),
    ];

    private static string Iso(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Adds a parameter once: the walk and the hits read the same filters.
    private static void Add(DbCommand command, string name, object value)
    {
        if (command.Parameters.Contains(name))
        {
            return;
        }

        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
