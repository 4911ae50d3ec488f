using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// The SQLite side of the index, as SQL the Search migration runs. <c>SearchDocs</c> gives every
/// indexed fact a stable integer id (with its kind, case, key and date, for filters); the FTS5 table
/// <c>SearchIndex</c> is an external-content index over the view <c>SearchText</c>, which reads each
/// fact's text from its own table, so the text is stored once. Triggers on each indexed table keep
/// both in step inside the writing transaction, whatever writes (EF, bulk writes, cascading deletes).
/// Since the DeferredSearch migration a new document is queued in <c>SearchPending</c> and indexed by
/// <see cref="Flush"/>, which every write transaction runs just before it commits: FTS5 writes its
/// pending terms out as a new segment at every statement and savepoint that touches it, so indexing
/// row by row made a bulk load spend half its time merging segments of a few rows each.
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
        sb.Append(Triggers(deferred: false, countingDown: false));
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
        sb.Append(DropTriggers());
        sb.AppendLine("""
            DROP TABLE IF EXISTS "SearchPending";
            DROP TABLE IF EXISTS "SearchIndex";
            DROP VIEW IF EXISTS "SearchText";
            DROP TABLE IF EXISTS "SearchDocs";
            """);
        return sb.ToString();
    }

    /// <summary>Indexes the documents queued since the last flush, in the writing transaction.</summary>
    /// <remarks>
    /// CROSS JOIN keeps the queue the outer loop: left to itself, SQLite scans every document. In
    /// ascending order: FTS5 writes out what it holds whenever it is given a number lower than the last.
    /// </remarks>
    public const string Flush =
        "INSERT INTO \"SearchIndex\" (rowid, \"Body\") SELECT t.\"Id\", t.\"Body\" FROM \"SearchPending\" p CROSS JOIN \"SearchText\" t ON t.\"Id\" = p.\"Id\" ORDER BY p.\"Id\"; DELETE FROM \"SearchPending\";";

    /// <summary>Merges the index into one segment, the shape reads are fastest in (FTS5's 'optimize').</summary>
    public const string Optimize = "INSERT INTO \"SearchIndex\" (\"SearchIndex\") VALUES ('optimize');";

    /// <summary>Turns indexing row by row into queued indexing (the DeferredSearch migration).</summary>
    public static string Defer() =>
        "CREATE TABLE IF NOT EXISTS \"SearchPending\" (\"Id\" INTEGER PRIMARY KEY);\n" + DropTriggers() + Triggers(deferred: true, countingDown: false);

    /// <summary>Undoes <see cref="Defer"/>: indexes what is queued and indexes row by row again.</summary>
    public static string Undefer() =>
        Flush + "\nDROP TABLE \"SearchPending\";\n" + DropTriggers() + Triggers(deferred: false, countingDown: false);

    /// <summary>
    /// Builds the documents of a new case at commit rather than row by row (the BulkSearch migration):
    /// the writer names the case in <c>SearchDeferred</c> before writing its rows, the triggers pass
    /// over the rows of a case named there, and <see cref="Drain"/> makes the case's documents in one
    /// statement per kind. A triggered document costs an entry about three fifths of its SQL
    /// (docs/benchmarks.md, "What an entry costs SQLite"). The table is empty outside a write transaction.
    /// </summary>
    public static string DeferCases() =>
        "CREATE TABLE IF NOT EXISTS \"SearchDeferred\" (\"Case\" TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;\n" + DropTriggers() + Triggers(deferred: true, countingDown: true, byCase: true);

    /// <summary>Undoes <see cref="DeferCases"/>.</summary>
    public static string UndeferCases() =>
        Drain + "\n" + DropTriggers() + Triggers(deferred: true, countingDown: true) + "DROP TABLE \"SearchDeferred\";\n";

    /// <summary>
    /// Makes and indexes the documents of every case named in <c>SearchDeferred</c>, then empties it;
    /// every write transaction runs it just before <see cref="Flush"/>.
    /// </summary>
    /// <remarks>
    /// Each kind's new documents are numbered below every other, in the order their rows were written,
    /// as the triggers would have numbered them; FTS5 is then given them in ascending order (the last
    /// kind numbered first), and <see cref="Flush"/>'s documents, numbered before these, come after.
    /// </remarks>
    public static string Drain { get; } = MakeDrain();

    private static string MakeDrain()
    {
        var sb = new StringBuilder();
        foreach (var k in IndexedKind.CaseOwned)
        {
            sb.AppendLine(CultureInvariant($"INSERT INTO \"SearchDocs\" (\"Id\", \"Kind\", \"Case\", \"Ref\", \"Date\") SELECT (SELECT coalesce(min(\"Id\"), 0) FROM \"SearchDocs\") - row_number() OVER (ORDER BY r.rowid), '{k.Name}', {k.Case("r")}, {k.Ref("r")}, {k.Date(SearchEngine.Sqlite, "r")} FROM \"{k.Table}\" r WHERE {DeferredCase(k, "r")};"));
        }

        foreach (var k in IndexedKind.CaseOwned.Reverse())
        {
            sb.AppendLine(CultureInvariant($"INSERT INTO \"SearchIndex\" (rowid, \"Body\") SELECT d.\"Id\", {k.Body(SearchEngine.Sqlite, "r")} FROM \"{k.Table}\" r JOIN \"SearchDocs\" d ON {Same(k, "r", "d")} WHERE {DeferredCase(k, "r")} ORDER BY d.\"Id\";"));
        }

        sb.Append("DELETE FROM \"SearchDeferred\";");
        return sb.ToString();
    }

    // The row r belongs to a case whose documents are built at commit.
    private static string DeferredCase(IndexedKind k, string r) =>
        $"{k.Case(r)} IN (SELECT \"Case\" FROM \"SearchDeferred\")";

    /// <summary>
    /// Numbers the documents from the newest up (the NewestFirstSearch migration): each document's
    /// number becomes its negation and a new one is numbered below every other, so reading the index in
    /// ascending order, the way FTS5 reads it fastest (backwards it decodes each page into a buffer
    /// first: twice the time for the same matches), gives the newest first. The index is rebuilt
    /// (about seven minutes at ten million documents) and merged into one segment.
    /// </summary>
    public static string CountDown() => Renumber(countingDown: true);

    /// <summary>Undoes <see cref="CountDown"/>.</summary>
    public static string CountUp() => Renumber(countingDown: false);

    private static string Renumber(bool countingDown) =>
        DropTriggers() + Flush + "\n" +
        "INSERT INTO \"SearchIndex\" (\"SearchIndex\") VALUES ('delete-all');\n" +
        "UPDATE \"SearchDocs\" SET \"Id\" = -\"Id\";\n" +
        "INSERT INTO \"SearchIndex\" (\"SearchIndex\") VALUES ('rebuild');\n" + Optimize + "\n" +
        Triggers(deferred: true, countingDown);

    private static string DropTriggers() =>
        string.Concat(TriggerNames().Select(name => CultureInvariant($"DROP TRIGGER IF EXISTS \"{name}\";\n")));

    /// <summary>The names of the triggers <see cref="Triggers"/> creates.</summary>
    public static IEnumerable<string> TriggerNames() =>
        IndexedKind.All.SelectMany(k => new[] { $"Search_{k.Table}_insert", $"Search_{k.Table}_update", $"Search_{k.Table}_delete" });

    /// <summary>
    /// The triggers that keep the index in step with each indexed table: a new document is indexed at
    /// once or, <paramref name="deferred"/>, queued for <see cref="Flush"/>.
    /// </summary>
    /// <param name="deferred">Queue new documents for <see cref="Flush"/> rather than index each at once.</param>
    /// <param name="countingDown">Number a new document below every other (<see cref="CountDown"/>) rather than above.</param>
    /// <param name="byCase">Pass over the rows of a case named in <c>SearchDeferred</c> (<see cref="DeferCases"/>).</param>
    public static string Triggers(bool deferred = true, bool countingDown = true, bool byCase = false)
    {
        var sb = new StringBuilder();
        foreach (var k in IndexedKind.All)
        {
            var changed = string.Join(" OR ", k.Columns.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
            // A row of a deferred case has no document to remove; its document is made by Drain.
            var indexed = byCase && !k.Shared ? $"NOT EXISTS (SELECT 1 FROM \"SearchDeferred\" WHERE \"Case\" = {k.Case("NEW")})" : null;
            sb.AppendLine(CultureInvariant($"CREATE TRIGGER \"Search_{k.Table}_insert\" AFTER INSERT ON \"{k.Table}\"{(indexed is null ? "" : $" WHEN {indexed}")} BEGIN {Add(k, "NEW", deferred, countingDown)} END;"));
            sb.AppendLine(CultureInvariant($"CREATE TRIGGER \"Search_{k.Table}_update\" AFTER UPDATE ON \"{k.Table}\" WHEN {changed} BEGIN {Remove(k, "OLD", deferred)} {Add(k, "NEW", deferred, countingDown, indexed)} END;"));
            sb.AppendLine(CultureInvariant($"CREATE TRIGGER \"Search_{k.Table}_delete\" AFTER DELETE ON \"{k.Table}\" BEGIN {Remove(k, "OLD", deferred)} END;"));
        }

        return sb.ToString();
    }

    // The row r of kind k is the document d (the key columns match; a null case matches a null case).
    private static string Same(IndexedKind k, string r, string d) =>
        $"{d}.\"Kind\" = '{k.Name}' AND {d}.\"Case\" IS {k.Case(r)} AND {d}.\"Ref\" = {k.Ref(r)}";

    // With a condition, each statement adds only when it holds (both see the same rows, so both or neither).
    private static string Add(IndexedKind k, string row, bool deferred, bool countingDown, string? condition = null)
    {
        string Values(string values) => condition is null ? $"VALUES ({values})" : $"SELECT {values} WHERE {condition}";
        return (countingDown
            ? $"INSERT INTO \"SearchDocs\" (\"Id\", \"Kind\", \"Case\", \"Ref\", \"Date\") {Values($"(SELECT coalesce(min(\"Id\"), 0) - 1 FROM \"SearchDocs\"), '{k.Name}', {k.Case(row)}, {k.Ref(row)}, {k.Date(SearchEngine.Sqlite, row)}")}; "
            : $"INSERT INTO \"SearchDocs\" (\"Kind\", \"Case\", \"Ref\", \"Date\") {Values($"'{k.Name}', {k.Case(row)}, {k.Ref(row)}, {k.Date(SearchEngine.Sqlite, row)}")}; ") +
            (deferred
                ? $"INSERT INTO \"SearchPending\" (\"Id\") {Values("last_insert_rowid()")};"
                : $"INSERT INTO \"SearchIndex\" (rowid, \"Body\") {Values($"last_insert_rowid(), {k.Body(SearchEngine.Sqlite, row)}")};");
    }

    // FTS5 forgets an external-content row only when told the text it indexed, which the old row still
    // has; a document still queued was never indexed, so it only leaves the queue.
    private static string Remove(IndexedKind k, string row, bool deferred)
    {
        var indexed = deferred ? " AND d.\"Id\" NOT IN (SELECT \"Id\" FROM \"SearchPending\")" : "";
        return $"INSERT INTO \"SearchIndex\" (\"SearchIndex\", rowid, \"Body\") SELECT 'delete', d.\"Id\", {k.Body(SearchEngine.Sqlite, row)} FROM \"SearchDocs\" d WHERE {Same(k, row, "d")}{indexed}; " +
            (deferred ? $"DELETE FROM \"SearchPending\" WHERE \"Id\" IN (SELECT d.\"Id\" FROM \"SearchDocs\" d WHERE {Same(k, row, "d")}); " : "") +
            $"DELETE FROM \"SearchDocs\" WHERE \"Id\" IN (SELECT d.\"Id\" FROM \"SearchDocs\" d WHERE {Same(k, row, "d")});";
    }

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);
}
