using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Clerk.Store.History;

namespace Clerk.Web.Pages.Edit;

/// <summary>
/// One kind of a case's records as the pages name it: its word in URLs (<c>/cases/{id}/edit/motion/{key}</c>),
/// its editor in the application layer, and the key a saved form gives it.
/// </summary>
public sealed record EditedKind<TRecord, TForm>(string Slug, RecordKind<TRecord, TForm> Kind, Func<RecordEditor, CaseRecordEditor<TRecord, TForm>> Editor, Func<TForm, string?> Key)
    where TRecord : class
    where TForm : IRecordForm
{
    /// <summary>True for the case's own fields: the case is the record, its id the key, and there is no adding one.</summary>
    public bool IsCase => typeof(TRecord) == typeof(Case);

    public string Noun => Kind.Noun;

    public FactRef FactOf(CaseId @case, string key) => Kind.FactOf(@case, key);

    public string KeyOf(TForm form) => Key(form) ?? throw new InvalidOperationException($"a saved {Noun} has no key");
}

/// <summary>The kinds of record the forms edit, and what the history pages need of them by their URL word.</summary>
public static class EditedKinds
{
    /// <summary>A case's own fields; the key is the case's id.</summary>
    public static EditedKind<Case, CaseForm> Cases { get; } = new("case", RecordKinds.Cases, e => e.Cases, f => f.Id);

    public static EditedKind<DocketEntry, EntryForm> Entries { get; } = new("entry", RecordKinds.Entries, e => e.Entries, f => f.Key);

    public static EditedKind<Motion, MotionForm> Motions { get; } = new("motion", RecordKinds.Motions, e => e.Motions, f => f.Id);

    public static EditedKind<Charge, ChargeForm> Charges { get; } = new("charge", RecordKinds.Charges, e => e.Charges, f => f.Id);

    public static EditedKind<Claim, ClaimForm> Claims { get; } = new("claim", RecordKinds.Claims, e => e.Claims, f => f.Id);

    public static EditedKind<Statement, StatementForm> Statements { get; } = new("statement", RecordKinds.Statements, e => e.Statements, f => f.Id);

    /// <summary>The kind whose records are <typeparamref name="TRecord"/> and whose form is <typeparamref name="TForm"/>.</summary>
    /// <exception cref="InvalidOperationException">No form edits that kind of record.</exception>
    public static EditedKind<TRecord, TForm> Of<TRecord, TForm>()
        where TRecord : class
        where TForm : IRecordForm =>
        new object[] { Cases, Entries, Motions, Charges, Claims, Statements }.OfType<EditedKind<TRecord, TForm>>().SingleOrDefault()
            ?? throw new InvalidOperationException($"no form edits {typeof(TRecord).Name} records");

    /// <summary>The URL word of a fact's kind, for the kinds that have forms; null for the others.</summary>
    public static string? SlugOf(FactKind kind) => kind switch
    {
        FactKind.Case => Cases.Slug,
        FactKind.DocketEntry => Entries.Slug,
        FactKind.Motion => Motions.Slug,
        FactKind.Charge => Charges.Slug,
        FactKind.Claim => Claims.Slug,
        FactKind.Statement => Statements.Slug,
        _ => null,
    };

    /// <summary>The key of a fact within its case, as URLs name it (an entry's key without its case).</summary>
    public static string KeyOf(FactRef fact) =>
        fact.Kind == FactKind.DocketEntry ? fact.Key[(fact.Key.IndexOf('#', StringComparison.Ordinal) + 1)..] : fact.Key;

    /// <summary>Every change to one record named by its URL word and key; null when no kind has that word.</summary>
    public static Task<IReadOnlyList<ChangeRow>>? HistoryAsync(RecordEditor editor, string slug, CaseId @case, string key, CancellationToken ct) => slug switch
    {
        "case" => Cases.Editor(editor).HistoryAsync(@case, key, ct),
        "entry" => Entries.Editor(editor).HistoryAsync(@case, key, ct),
        "motion" => Motions.Editor(editor).HistoryAsync(@case, key, ct),
        "charge" => Charges.Editor(editor).HistoryAsync(@case, key, ct),
        "claim" => Claims.Editor(editor).HistoryAsync(@case, key, ct),
        "statement" => Statements.Editor(editor).HistoryAsync(@case, key, ct),
        _ => null,
    };
}
