using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// The one SELECT both engines run, built from the parsed query; only the match itself (FTS5's
/// MATCH with bm25, or tsquery with ts_rank_cd) and the collation of the tie-break differ. Every
/// value is a parameter. Hits are ordered by rank, then case, kind and key (bytewise), which also
/// makes the page cursor exact.
/// </summary>
internal static class SearchSql
{
    /// <summary>The SELECT for one page, with its parameters added to <paramref name="command"/>.</summary>
    /// <param name="match">SQL giving the matching documents as ("Id", "Rank"), smaller rank better; reads parameter @q.</param>
    /// <param name="collate">Appended to text sort keys (<c> COLLATE "C"</c> on PostgreSQL, nothing on SQLite).</param>
    public static string Page(DbCommand command, SearchQuery query, string match, string matchText, string collate)
    {
        var f = query.Filters;
        Add(command, "@q", matchText);
        var docFilters = new StringBuilder();
        if (f.Fact is { } fact)
        {
            docFilters.Append(" AND d.\"Kind\" = @fact");
            Add(command, "@fact", IndexedKind.Of(fact).Name);
        }

        if (f.From is { } from)
        {
            docFilters.Append(" AND d.\"Date\" >= @from");
            Add(command, "@from", Iso(from));
        }

        if (f.To is { } to)
        {
            docFilters.Append(" AND d.\"Date\" <= @to");
            Add(command, "@to", Iso(to));
        }

        var own = IndexedKind.All.Where(k => !k.Shared).Select(k => $"'{k.Name}'");
        var sb = new StringBuilder();
        sb.Append("WITH m AS (").Append(match).Append("), ");
        sb.Append("d AS (SELECT d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", m.\"Rank\" FROM m JOIN \"SearchDocs\" d ON d.\"Id\" = m.\"Id\" WHERE 1 = 1").Append(docFilters).Append("), ");
        sb.Append("h AS (SELECT d.\"Id\", d.\"Kind\", d.\"Case\", d.\"Ref\", d.\"Rank\" FROM d WHERE d.\"Kind\" IN (").AppendJoin(", ", own).Append(')');

        // A shared fact (party, attorney, source) is a hit in each case that names it, or once without a case.
        foreach (var (kind, table, column) in Owners)
        {
            sb.Append(CultureInfo.InvariantCulture, $" UNION ALL SELECT DISTINCT d.\"Id\", d.\"Kind\", o.\"Case\", d.\"Ref\", d.\"Rank\" FROM d JOIN {table} o ON o.\"{column}\" = d.\"Ref\" WHERE d.\"Kind\" = '{kind}'");
            sb.Append(CultureInfo.InvariantCulture, $" UNION ALL SELECT d.\"Id\", d.\"Kind\", NULL, d.\"Ref\", d.\"Rank\" FROM d WHERE d.\"Kind\" = '{kind}' AND NOT EXISTS (SELECT 1 FROM {table} o WHERE o.\"{column}\" = d.\"Ref\")");
        }

        sb.Append("), ");
        var caseFilters = new List<string>();
        if (f.Court is { } court)
        {
            caseFilters.Add("c.\"Court\" = @court");
            Add(command, "@court", court.Value);
        }

        if (f.Kind is { } caseKind)
        {
            caseFilters.Add("c.\"Kind\" = @kind");
            Add(command, "@kind", caseKind.ToString());
        }

        if (f.Judge is { } judge)
        {
            caseFilters.Add("c.\"Judge\" = @judge");
            Add(command, "@judge", judge.Value);
        }

        if (f.Party is { } party)
        {
            caseFilters.Add("EXISTS (SELECT 1 FROM \"Participations\" p WHERE p.\"Case\" = h.\"Case\" AND p.\"Party\" = @party)");
            Add(command, "@party", party.Value);
        }

        sb.Append("f AS (SELECT h.\"Id\", h.\"Kind\", h.\"Case\", h.\"Ref\", h.\"Rank\", coalesce(h.\"Case\", '')").Append(collate).Append(" AS \"SortCase\", h.\"Kind\"").Append(collate)
          .Append(" AS \"SortKind\", h.\"Ref\"").Append(collate).Append(" AS \"SortRef\" FROM h");
        if (caseFilters.Count > 0)
        {
            sb.Append(" JOIN \"Cases\" c ON c.\"Id\" = h.\"Case\"");
        }

        // Few cases are restricted, so the hidden ones are listed rather than joined.
        var hidden = query.Hidden.Select((id, i) => (Name: $"@hidden{i}", id.Value)).ToList();
        if (hidden.Count > 0)
        {
            caseFilters.Add($"(h.\"Case\" IS NULL OR h.\"Case\" NOT IN ({string.Join(", ", hidden.Select(h => h.Name))}))");
            hidden.ForEach(h => Add(command, h.Name, h.Value));
        }

        if (caseFilters.Count > 0)
        {
            sb.Append(" WHERE ").AppendJoin(" AND ", caseFilters);
        }

        sb.Append("), t AS (SELECT f.*, count(*) OVER () AS \"Total\" FROM f) ");
        sb.Append("SELECT p.\"Id\", p.\"Kind\", p.\"Case\", p.\"Ref\", p.\"Rank\", p.\"Total\", (SELECT s.\"Body\" FROM \"SearchText\" s WHERE s.\"Id\" = p.\"Id\") AS \"Body\" FROM (SELECT * FROM t");
        if (query.After is { } after)
        {
            var c = PageCursor.Read(after);
            sb.Append(" WHERE (t.\"Rank\" > @ar OR (t.\"Rank\" = @ar AND (t.\"SortCase\" > @ac OR (t.\"SortCase\" = @ac AND (t.\"SortKind\" > @ak OR (t.\"SortKind\" = @ak AND t.\"SortRef\" > @af))))))");
            Add(command, "@ar", c.Rank);
            Add(command, "@ac", c.Case);
            Add(command, "@ak", c.Kind);
            Add(command, "@af", c.Ref);
        }

        sb.Append(" ORDER BY t.\"Rank\", t.\"SortCase\", t.\"SortKind\", t.\"SortRef\" LIMIT @limit) p ORDER BY p.\"Rank\", p.\"SortCase\", p.\"SortKind\", p.\"SortRef\"");
        Add(command, "@limit", (long)query.Limit);
        return sb.ToString();
    }

    // Which rows name a shared fact in a case: a table, or a query, with the fact's column and "Case".
    private static readonly (string Kind, string Table, string Column)[] Owners =
    [
        ("party", "\"Participations\"", "Party"),
        ("attorney", "\"Counsel\"", "Attorney"),
        ("source", "(SELECT \"Case\", \"Source\" FROM \"Citations\" WHERE \"Case\" IS NOT NULL UNION ALL SELECT \"Case\", \"Source\" FROM \"EntryCitations\")", "Source"),
    ];

    private static string Iso(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
