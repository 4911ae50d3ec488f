using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.App.Editing;

/// <summary>
/// How the editors handle one kind of a case's records: how a record is named, found in its case,
/// shown as a form and made from one, and which form field a broken rule is about.
/// </summary>
public abstract class RecordKind<TRecord, TForm>
    where TRecord : class
    where TForm : IRecordForm
{
    /// <summary>The record in words (docket entry, motion), for messages.</summary>
    public abstract string Noun { get; }

    /// <summary>The record's key within its case as URLs name it: an entry's key, a motion's id.</summary>
    public abstract string KeyOf(TRecord record);

    internal abstract FactRef FactOf(TRecord record);

    /// <summary>True when one record is read without the rest of its case (a case's own fields): a read by primary key.</summary>
    internal virtual bool ReadAlone => false;

    /// <summary>The fact a record of the case with this key is, whether or not it exists.</summary>
    public abstract FactRef FactOf(CaseId @case, string key);

    internal abstract CaseId? CaseOf(TRecord record);

    internal abstract IReadOnlyList<TRecord> All(Matter matter);

    internal abstract Matter With(Matter matter, IReadOnlyList<TRecord> records);

    internal abstract Matter Only(TRecord record);

    internal abstract TForm ToForm(TRecord record, IEnumerable<string> sources);

    internal abstract TRecord? ToRecord(TForm form, CaseId @case, TRecord? current, Matter matter, FieldErrors errors);

    /// <summary>The form field a broken rule of the model is about (matched on the rule's words and values).</summary>
    internal abstract string FieldOf(DomainRuleException e);

    /// <summary>The field for the rules every kind shares (sources); null when the rule is the kind's own.</summary>
    private protected static string? CommonField(DomainRuleException e) =>
        e.Detail.StartsWith("unknown source", StringComparison.Ordinal) || e.Rule == "every fact cites a source" ? nameof(IRecordForm.Sources) : null;
}
