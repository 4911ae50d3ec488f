using Clerk.Domain;

namespace Clerk.Store.Search;

/// <summary>
/// One kind of fact the index holds: its table, and SQL expressions (over a row named by the alias
/// given) for its case, its key within the kind, its date as <c>YYYY-MM-DD</c> and the text that is
/// indexed. Both engines build their index, triggers and checks from these, so they index the same
/// text of the same rows.
/// </summary>
internal sealed record IndexedKind(
    string Name,
    FactKind Fact,
    string Table,
    Func<string, string> Case,
    Func<string, string> Ref,
    Func<SearchEngine, string, string> Date,
    Func<SearchEngine, string, string> Body,
    IReadOnlyList<string> Columns)
{
    /// <summary>True for kinds named by cases rather than belonging to one (parties, attorneys, sources).</summary>
    public bool Shared => Fact is FactKind.Party or FactKind.Attorney or FactKind.Source;

    /// <summary>Every kind the index holds.</summary>
    public static IReadOnlyList<IndexedKind> All { get; } =
    [
        new("case", FactKind.Case, "Cases", r => $"{r}.\"Id\"", r => $"{r}.\"Id\"",
            (_, r) => Partial($"{r}.\"Filed\""),
            (_, r) => $"{r}.\"Caption\" || ' ' || coalesce({r}.\"DocketNumber\", '')",
            ["Caption", "DocketNumber", "Filed"]),
        new("entry", FactKind.DocketEntry, "Entries", r => $"{r}.\"Case\"", r => $"{r}.\"Key\"",
            (e, r) => Day(e, $"{r}.\"DateFiled\""),
            (_, r) => $"{r}.\"Description\"",
            ["Case", "Key", "Description", "DateFiled"]),
        new("motion", FactKind.Motion, "Motions", r => $"{r}.\"Case\"", r => $"{r}.\"Id\"",
            (_, r) => Partial($"{r}.\"Filed\""),
            (_, r) => $"{MotionTypeWords(r)} || ' ' || {r}.\"Relief\"",
            ["Case", "Type", "Relief", "Filed"]),
        new("statement", FactKind.Statement, "Statements", r => $"{r}.\"Case\"", r => $"{r}.\"Id\"",
            (_, r) => Partial($"{r}.\"Date\""),
            (_, r) => $"{r}.\"Speaker\" || ' ' || {r}.\"Text\"",
            ["Case", "Speaker", "Text", "Date"]),
        new("claim", FactKind.Claim, "Claims", r => $"{r}.\"Case\"", r => $"{r}.\"Id\"",
            (_, r) => Partial($"{r}.\"Accrued\""),
            (_, r) => $"{r}.\"CauseOfAction\" || ' ' || {JsonList($"{r}.\"Allegations\"")} || ' ' || {JsonList($"{r}.\"Damages\"")}",
            ["Case", "CauseOfAction", "Allegations", "Damages", "Accrued"]),
        new("party", FactKind.Party, "Parties", _ => "NULL", r => $"{r}.\"Id\"",
            (_, _) => "NULL",
            (_, r) => $"{r}.\"Name\"",
            ["Name"]),
        new("attorney", FactKind.Attorney, "Attorneys", _ => "NULL", r => $"{r}.\"Id\"",
            (_, _) => "NULL",
            (_, r) => $"{r}.\"Name\"",
            ["Name"]),
        new("source", FactKind.Source, "Sources", _ => "NULL", r => $"{r}.\"Id\"",
            (e, r) => Day(e, $"{r}.\"Date\""),
            (_, r) => $"coalesce({r}.\"Title\", '') || ' ' || coalesce({r}.\"Text\", '')",
            ["Title", "Text", "Date"]),
    ];

    /// <summary>The kinds whose facts belong to one case (all but <see cref="Shared"/> ones).</summary>
    public static IReadOnlyList<IndexedKind> CaseOwned { get; } = [.. All.Where(k => !k.Shared)];

    /// <summary>The kind stored under <paramref name="name"/>.</summary>
    public static IndexedKind Named(string name) => All.First(k => k.Name == name);

    /// <summary>The kind holding facts of <paramref name="fact"/>.</summary>
    public static IndexedKind Of(FactKind fact) => All.First(k => k.Fact == fact);

    /// <summary>The fact a stored (kind, case, key) names.</summary>
    public FactRef FactRef(string? @case, string key) =>
        Fact == FactKind.DocketEntry ? new FactRef(Fact, $"{@case}#{key}") : new FactRef(Fact, key);

    // A partial date's text ("about 2023-02", "2021", "2023-08-23") as its first day.
    private static string Partial(string column) => $"substr(replace({column}, 'about ', '') || '-01-01', 1, 10)";

    // A day column: SQLite keeps ISO text, PostgreSQL a date.
    private static string Day(SearchEngine e, string column) =>
        e == SearchEngine.Sqlite ? column : $"to_char({column}, 'YYYY-MM-DD')";

    // A JSON list of strings as text: its brackets, quotes and commas separate tokens like any
    // punctuation, and the column is written without escaping letters (StoreJson), so its tokens are
    // the items' tokens. The escapes of line breaks and tabs would glue an "n" to the next word.
    // (A table-valued json_each is not possible: FTS5 cannot read its content through one.)
    private static string JsonList(string column) => $"replace(replace(replace({column}, '\\n', ' '), '\\r', ' '), '\\t', ' ')";

    // "SummaryJudgment" is searched as the words "summary judgment".
    private static string MotionTypeWords(string r) =>
        "CASE " + $"{r}.\"Type\"" + string.Concat(Enum.GetNames<MotionType>().Select(n => $" WHEN '{n}' THEN '{Chronology.Split(n, ' ')}'")) + $" ELSE {r}.\"Type\" END";
}
