using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// The PostgreSQL side of the index, as SQL the Search migration runs: <c>SearchDocs</c> as on
/// SQLite (a stable id, kind, case, key and date per indexed fact) plus its <c>tsvector</c> under a
/// GIN index, the same <c>SearchText</c> view for snippets and checks, and one trigger per indexed
/// table that keeps the vector in step inside the writing transaction (COPY fires it too).
/// </summary>
/// <remarks>
/// Text is cut into tokens as FTS5's unicode61 cuts it: <c>clerk_search_text</c> lower-cases and
/// replaces every run of characters that are not letters or digits with a space (ICU's classes,
/// whatever the database's locale), and the <c>simple</c> configuration then keeps each word as
/// it is, without stemming or stop words, at its position.
/// </remarks>
internal static class PostgresSearchSchema
{
    /// <summary>
    /// The bucket of a document number: 131,072 consecutive documents (about 80 buckets at ten
    /// million entries). The GIN index leads with it (the SearchBuckets migration), so that one index
    /// scan finds a query's matches within one bucket (<see cref="PostgresSearchIndex"/>).
    /// </summary>
    public static string Bucket(string id) => $"({id} >> {BucketBits})";

    /// <summary>A bucket holds 2^<see cref="BucketBits"/> document numbers.</summary>
    public const int BucketBits = 17;

    /// <summary>The GIN index of the words, by bucket (<see cref="Buckets"/>).</summary>
    public const string WordsIndex = "IX_SearchDocs_Bucket_Vector";

    /// <summary>Replaces the GIN index on the vector alone by one on the bucket and the vector (btree_gin gives GIN the bucket's equality).</summary>
    public static string Buckets() =>
        $"CREATE EXTENSION IF NOT EXISTS btree_gin;\n" +
        $"CREATE INDEX \"{WordsIndex}\" ON \"SearchDocs\" USING gin ({Bucket("\"Id\"")}, \"Vector\");\n" +
        "DROP INDEX \"IX_SearchDocs_Vector\";\n";

    /// <summary>Undoes <see cref="Buckets"/> (the extension stays: other schemas may use it).</summary>
    public static string Unbucket() =>
        $"CREATE INDEX \"IX_SearchDocs_Vector\" ON \"SearchDocs\" USING gin (\"Vector\");\nDROP INDEX \"{WordsIndex}\";\n";

    /// <summary>
    /// The most characters of one fact's text PostgreSQL indexes; the rest is not searched there.
    /// A <c>tsvector</c> holds at most 1 MB, and text made to fill it (distinct one-letter words)
    /// takes up to 6 bytes of vector a character, so 150,000 characters always fit, where a longer
    /// text could fail the write that stores it ("string is too long for tsvector"). No docket entry
    /// comes near it; a source's full text of more than about 25,000 words can, and past 16,383
    /// words PostgreSQL stores every position as the last one anyway. SQLite indexes all of it.
    /// </summary>
    public const int IndexedCharactersAtMost = 150_000;

    /// <summary>
    /// Makes <c>clerk_search_text</c> cut the text at <see cref="IndexedCharactersAtMost"/> characters
    /// (the LongTexts migration), and makes again the vector of each document whose text is longer,
    /// which was made of all of it: one pass over each indexed table, no text read twice.
    /// </summary>
    public static string CutLongTexts()
    {
        var sb = new StringBuilder(SearchText($"left(t, {IndexedCharactersAtMost})"));
        sb.AppendLine("CREATE TEMPORARY TABLE clerk_cut (\"Id\" bigint NOT NULL);");
        foreach (var k in IndexedKind.All)
        {
            var body = k.Body(SearchEngine.Postgres, "r");
            sb.AppendLine(FormattableString.Invariant(
                $"WITH cut AS (UPDATE \"SearchDocs\" d SET \"Vector\" = {Vector(body)} FROM \"{k.Table}\" r WHERE length({body}) > {IndexedCharactersAtMost} AND {Same(k, "r", "d")} RETURNING d.\"Id\") INSERT INTO clerk_cut SELECT \"Id\" FROM cut;"));
        }

        // The cut can end a text inside a word, which makes a word the lexicon lacks.
        sb.AppendLine($"INSERT INTO \"SearchWords\" (\"Word\") {NewWords(" WHERE d.\"Id\" IN (SELECT \"Id\" FROM clerk_cut)")};");
        sb.AppendLine("DROP TABLE clerk_cut;");
        return sb.ToString();
    }

    /// <summary>Undoes <see cref="CutLongTexts"/>.</summary>
    public static string KeepLongTexts() => SearchText("t");

    private static string SearchText(string text) =>
        "CREATE OR REPLACE FUNCTION clerk_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE\n" +
        $"  AS $f$ SELECT regexp_replace(lower({text} COLLATE \"und-x-icu\"), '[^[:alnum:]]+', ' ', 'g') $f$;\n";

    /// <summary>The expression that turns text into the indexed vector.</summary>
    public static string Vector(string text) => $"to_tsvector('simple'::regconfig, clerk_search_text({text}))";

    public static string Create()
    {
        var sb = new StringBuilder();
        sb.AppendLine("""
            CREATE OR REPLACE FUNCTION clerk_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
              AS $f$ SELECT regexp_replace(lower(t COLLATE "und-x-icu"), '[^[:alnum:]]+', ' ', 'g') $f$;
            CREATE TABLE "SearchDocs" ("Id" bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "Kind" text NOT NULL, "Case" text NULL, "Ref" text NOT NULL, "Date" text NULL, "Vector" tsvector NOT NULL);
            CREATE UNIQUE INDEX "IX_SearchDocs_Case_Ref_Kind" ON "SearchDocs" ("Case", "Ref", "Kind");
            CREATE INDEX "IX_SearchDocs_Vector" ON "SearchDocs" USING gin ("Vector");
            """);
        sb.Append("CREATE VIEW \"SearchText\" AS SELECT d.\"Id\" AS \"Id\", CASE d.\"Kind\"");
        foreach (var k in IndexedKind.All)
        {
            sb.Append(FormattableString.Invariant($" WHEN '{k.Name}' THEN (SELECT {k.Body(SearchEngine.Postgres, "r")} FROM \"{k.Table}\" r WHERE {Same(k, "r", "d")})"));
        }

        sb.AppendLine(" END AS \"Body\" FROM \"SearchDocs\" d;");
        foreach (var k in IndexedKind.All)
        {
            var changed = string.Join(" OR ", k.Columns.Select(c => $"OLD.\"{c}\" IS DISTINCT FROM NEW.\"{c}\""));
            sb.AppendLine(Function(k, byCase: false));
            sb.AppendLine(FormattableString.Invariant($"""
                CREATE TRIGGER "Search_{k.Table}_write" AFTER INSERT OR DELETE ON "{k.Table}" FOR EACH ROW EXECUTE FUNCTION "search_{k.Table}"();
                CREATE TRIGGER "Search_{k.Table}_update" AFTER UPDATE ON "{k.Table}" FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION "search_{k.Table}"();
                """));
        }

        foreach (var k in IndexedKind.All)
        {
            sb.AppendLine(FormattableString.Invariant($"INSERT INTO \"SearchDocs\" (\"Kind\", \"Case\", \"Ref\", \"Date\", \"Vector\") SELECT '{k.Name}', {k.Case("r")}, {k.Ref("r")}, {k.Date(SearchEngine.Postgres, "r")}, {Vector(k.Body(SearchEngine.Postgres, "r"))} FROM \"{k.Table}\" r;"));
        }

        return sb.ToString();
    }

    public static string Drop()
    {
        var sb = new StringBuilder();
        foreach (var k in IndexedKind.All)
        {
            sb.AppendLine(FormattableString.Invariant($"DROP TRIGGER IF EXISTS \"Search_{k.Table}_write\" ON \"{k.Table}\"; DROP TRIGGER IF EXISTS \"Search_{k.Table}_update\" ON \"{k.Table}\"; DROP FUNCTION IF EXISTS \"search_{k.Table}\"();"));
        }

        sb.AppendLine("DROP VIEW IF EXISTS \"SearchText\"; DROP TABLE IF EXISTS \"SearchDocs\"; DROP FUNCTION IF EXISTS clerk_search_text(text);");
        return sb.ToString();
    }

    /// <summary>
    /// Builds the documents of a new case at commit rather than row by row (the BulkSearch migration,
    /// as on SQLite: <see cref="SqliteSearchSchema.DeferCases"/>): the trigger functions pass over a row
    /// of a case named in <c>SearchDeferred</c>, and <see cref="Drain"/> makes its documents in one
    /// statement per kind, which spares each row the vector's per-row work in the trigger.
    /// </summary>
    public static string DeferCases() =>
        "CREATE TABLE IF NOT EXISTS \"SearchDeferred\" (\"Case\" text NOT NULL PRIMARY KEY);\n" +
        string.Concat(IndexedKind.CaseOwned.Select(k => Function(k, byCase: true) + "\n"));

    /// <summary>Undoes <see cref="DeferCases"/>.</summary>
    public static string UndeferCases() =>
        DrainDocuments(words: false) + "\n" + string.Concat(IndexedKind.CaseOwned.Select(k => Function(k, byCase: false) + "\n")) + "DROP TABLE \"SearchDeferred\";\n";

    /// <summary>
    /// Makes the documents of every case named in <c>SearchDeferred</c>, adds their new words to
    /// <c>SearchWords</c>, then empties it; every write transaction runs it just before it commits.
    /// </summary>
    public static string Drain { get; } = DrainDocuments(words: true);

    // The drain as each migration left it: without the lexicon before the SearchWords migration.
    private static string DrainDocuments(bool words) =>
        string.Concat(IndexedKind.CaseOwned.Select(k => FormattableString.Invariant(
            $"INSERT INTO \"SearchDocs\" (\"Kind\", \"Case\", \"Ref\", \"Date\", \"Vector\") SELECT '{k.Name}', {k.Case("r")}, {k.Ref("r")}, {k.Date(SearchEngine.Postgres, "r")}, {Vector(k.Body(SearchEngine.Postgres, "r"))} FROM \"{k.Table}\" r WHERE {k.Case("r")} IN (SELECT \"Case\" FROM \"SearchDeferred\");\n")))
        + (words ? $"INSERT INTO \"SearchWords\" (\"Word\") {NewWords(" WHERE d.\"Case\" IN (SELECT \"Case\" FROM \"SearchDeferred\")")};\n" : "")
        + "DELETE FROM \"SearchDeferred\";";

    /// <summary>
    /// Adds <c>SearchWords</c>, every word the index holds (once, or more often if two writers add
    /// the same new word at once: a unique index would make the second wait for the first to commit,
    /// and two that add each other's words deadlock). A prefix is expanded to the words it begins
    /// before GIN sees it (<see cref="PostgresSearchIndex"/>). A word is never taken out: one that no
    /// document holds any more matches nothing. The drain and every trigger add the words they index.
    /// </summary>
    public static string Words() =>
        "CREATE TABLE \"SearchWords\" (\"Word\" text COLLATE \"C\" NOT NULL);\n" +
        $"INSERT INTO \"SearchWords\" (\"Word\") {NewWords()};\n" +
        "CREATE INDEX \"IX_SearchWords_Word\" ON \"SearchWords\" (\"Word\");\n" +
        string.Concat(IndexedKind.All.Select(k => Function(k, byCase: !k.Shared, words: true) + "\n"));

    /// <summary>Undoes <see cref="Words"/>.</summary>
    public static string Unwords() =>
        string.Concat(IndexedKind.All.Select(k => Function(k, byCase: !k.Shared, words: false) + "\n")) + "DROP TABLE \"SearchWords\";\n";

    /// <summary>
    /// The words of the documents <paramref name="where"/> picks (over <c>SearchDocs</c> as d; quoted
    /// into a string, so without single quotes) that <c>SearchWords</c> lacks, as rows of one column.
    /// ts_stat gathers the distinct words a third faster than unnest and DISTINCT.
    /// </summary>
    public static string NewWords(string where = "") =>
        $"SELECT t.word FROM ts_stat('SELECT d.\"Vector\" FROM \"SearchDocs\" d{where}') t WHERE {NewWord("t.word")}";

    // Word w is not yet in SearchWords.
    private static string NewWord(string w) => $"NOT EXISTS (SELECT 1 FROM \"SearchWords\" s WHERE s.\"Word\" = {w})";

    // The trigger function of kind k; with byCase, a row of a case named in SearchDeferred gets no
    // document (it has none to remove either: its case was new in this transaction); with words, the
    // words of the document it makes go into SearchWords.
    private static string Function(IndexedKind k, bool byCase, bool words = false)
    {
        var insert = byCase
            ? $"IF TG_OP <> 'DELETE' AND NOT EXISTS (SELECT 1 FROM \"SearchDeferred\" q WHERE q.\"Case\" = {k.Case("NEW")}) THEN"
            : "IF TG_OP <> 'DELETE' THEN";
        var document = words
            ? $"{Insert(k, "NEW")} RETURNING \"Vector\" INTO v;\n    INSERT INTO \"SearchWords\" (\"Word\") SELECT w FROM unnest(tsvector_to_array(v)) w WHERE {NewWord("w")};"
            : $"{Insert(k, "NEW")};";
        return FormattableString.Invariant($"""
            CREATE OR REPLACE FUNCTION "search_{k.Table}"() RETURNS trigger LANGUAGE plpgsql AS $f$
            {(words ? "DECLARE v tsvector;\n" : "")}BEGIN
              IF TG_OP <> 'INSERT' THEN
                DELETE FROM "SearchDocs" d WHERE {Same(k, "OLD", "d")};
              END IF;
              {insert}
                {document}
              END IF;
              RETURN NULL;
            END $f$;
            """);
    }

    /// <summary>The names of the triggers <see cref="Create"/> makes.</summary>
    public static IEnumerable<string> TriggerNames() =>
        IndexedKind.All.SelectMany(k => new[] { $"Search_{k.Table}_write", $"Search_{k.Table}_update" });

    private static string Insert(IndexedKind k, string row) =>
        $"INSERT INTO \"SearchDocs\" (\"Kind\", \"Case\", \"Ref\", \"Date\", \"Vector\") VALUES ('{k.Name}', {k.Case(row)}, {k.Ref(row)}, {k.Date(SearchEngine.Postgres, row)}, {Vector(k.Body(SearchEngine.Postgres, row))})";

    // The row r of kind k is the document d. Each form can use the index on (Case, Ref, Kind).
    private static string Same(IndexedKind k, string r, string d)
    {
        var @case = k.Shared ? $"{d}.\"Case\" IS NULL"
            : k.Fact == Clerk.Domain.FactKind.Statement ? $"({d}.\"Case\" = {k.Case(r)} OR ({d}.\"Case\" IS NULL AND {k.Case(r)} IS NULL))"
            : $"{d}.\"Case\" = {k.Case(r)}";
        return $"{d}.\"Kind\" = '{k.Name}' AND {@case} AND {d}.\"Ref\" = {k.Ref(r)}";
    }
}
