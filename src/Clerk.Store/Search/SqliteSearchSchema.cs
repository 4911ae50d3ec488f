using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// The SQLite side of the index, as SQL the Search migration runs. <c>SearchDocs</c> gives every
/// indexed fact a stable integer id (with its kind, case, key and date, for filters); the FTS5 table
/// <c>SearchIndex</c> is an external-content index over the view <c>SearchText</c>, which reads each
/// fact's text from its own table, so the text is stored once. Triggers on each indexed table keep
/// both in step inside the writing transaction, whatever writes (EF, bulk writes, cascading deletes).
/// </summary>
/// <remarks>
/// A later migration that rebuilds an indexed table (EF's SQLite table rebuild drops the table) drops
/// its triggers with it and must run <see cref="Triggers"/> again; <c>clerk check</c> reports missing ones.
/// </remarks>
internal static class SqliteSearchSchema
{
    /// <summary>Creates the tables, view, index and triggers, and indexes every row already stored.</summary>
    public static string Create()
    {
        var sb = new StringBuilder();
        sb.AppendLine("""
            CREATE TABLE "SearchDocs" ("Id" INTEGER PRIMARY KEY, "Kind" TEXT NOT NULL, "Case" TEXT NULL, "Ref" TEXT NOT NULL, "Date" TEXT NULL);
            CREATE UNIQUE INDEX "IX_SearchDocs_Case_Ref_Kind" ON "SearchDocs" ("Case", "Ref", "Kind");
            """);
        sb.Append("CREATE VIEW \"SearchText\" AS SELECT d.\"Id\" AS \"Id\", CASE d.\"Kind\"");
        foreach (var k in IndexedKind.All)
        {
            sb.Append(CultureInvariant($" WHEN '{k.Name}' THEN (SELECT {k.Body(SearchEngine.Sqlite, "r")} FROM \"{k.Table}\" r WHERE {Same(k, "r", "d")})"));
        }

        sb.AppendLine(" END AS \"Body\" FROM \"SearchDocs\" d;");
        sb.AppendLine("CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(\"Body\", content='SearchText', content_rowid='Id', tokenize='unicode61 remove_diacritics 0');");
        sb.Append(Triggers());
        foreach (var k in IndexedKind.All)
        {
            sb.AppendLine(CultureInvariant($"INSERT INTO \"SearchDocs\" (\"Kind\", \"Case\", \"Ref\", \"Date\") SELECT '{k.Name}', {k.Case("r")}, {k.Ref("r")}, {k.Date(SearchEngine.Sqlite, "r")} FROM \"{k.Table}\" r;"));
        }

        sb.AppendLine("INSERT INTO \"SearchIndex\" (\"SearchIndex\") VALUES ('rebuild');");
        return sb.ToString();
    }

    /// <summary>Removes everything <see cref="Create"/> made.</summary>
    public static string Drop()
    {
        var sb = new StringBuilder();
        foreach (var name in TriggerNames())
        {
            sb.AppendLine(CultureInvariant($"DROP TRIGGER IF EXISTS \"{name}\";"));
        }

        sb.AppendLine("""
            DROP TABLE IF EXISTS "SearchIndex";
            DROP VIEW IF EXISTS "SearchText";
            DROP TABLE IF EXISTS "SearchDocs";
            """);
        return sb.ToString();
    }

    /// <summary>The names of the triggers <see cref="Triggers"/> creates.</summary>
    public static IEnumerable<string> TriggerNames() =>
        IndexedKind.All.SelectMany(k => new[] { $"Search_{k.Table}_insert", $"Search_{k.Table}_update", $"Search_{k.Table}_delete" });

    /// <summary>The triggers that keep the index in step with each indexed table.</summary>
    public static string Triggers()
    {
        var sb = new StringBuilder();
        foreach (var k in IndexedKind.All)
        {
            var changed = string.Join(" OR ", k.Columns.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
            sb.AppendLine(CultureInvariant($"CREATE TRIGGER \"Search_{k.Table}_insert\" AFTER INSERT ON \"{k.Table}\" BEGIN {Add(k, "NEW")} END;"));
            sb.AppendLine(CultureInvariant($"CREATE TRIGGER \"Search_{k.Table}_update\" AFTER UPDATE ON \"{k.Table}\" WHEN {changed} BEGIN {Remove(k, "OLD")} {Add(k, "NEW")} END;"));
            sb.AppendLine(CultureInvariant($"CREATE TRIGGER \"Search_{k.Table}_delete\" AFTER DELETE ON \"{k.Table}\" BEGIN {Remove(k, "OLD")} END;"));
        }

        return sb.ToString();
    }

    // The row r of kind k is the document d (the key columns match; a null case matches a null case).
    private static string Same(IndexedKind k, string r, string d) =>
        $"{d}.\"Kind\" = '{k.Name}' AND {d}.\"Case\" IS {k.Case(r)} AND {d}.\"Ref\" = {k.Ref(r)}";

    private static string Add(IndexedKind k, string row) =>
        $"INSERT INTO \"SearchDocs\" (\"Kind\", \"Case\", \"Ref\", \"Date\") VALUES ('{k.Name}', {k.Case(row)}, {k.Ref(row)}, {k.Date(SearchEngine.Sqlite, row)}); " +
        $"INSERT INTO \"SearchIndex\" (rowid, \"Body\") VALUES (last_insert_rowid(), {k.Body(SearchEngine.Sqlite, row)});";

    // FTS5 forgets an external-content row only when told the text it indexed, which the old row still has.
    private static string Remove(IndexedKind k, string row) =>
        $"INSERT INTO \"SearchIndex\" (\"SearchIndex\", rowid, \"Body\") SELECT 'delete', d.\"Id\", {k.Body(SearchEngine.Sqlite, row)} FROM \"SearchDocs\" d WHERE {Same(k, row, "d")}; " +
        $"DELETE FROM \"SearchDocs\" WHERE \"Id\" IN (SELECT d.\"Id\" FROM \"SearchDocs\" d WHERE {Same(k, row, "d")});";

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);
}
