using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.App.Editing;

/// <summary>The kinds of record a case's editors handle.</summary>
public static class RecordKinds
{
    public static RecordKind<Case, CaseForm> Cases { get; } = new CaseRecords();

    public static RecordKind<DocketEntry, EntryForm> Entries { get; } = new EntryRecords();

    public static RecordKind<Motion, MotionForm> Motions { get; } = new MotionRecords();

    public static RecordKind<Charge, ChargeForm> Charges { get; } = new ChargeRecords();

    public static RecordKind<Claim, ClaimForm> Claims { get; } = new ClaimRecords();

    public static RecordKind<Statement, StatementForm> Statements { get; } = new StatementRecords();

    private static bool Says(DomainRuleException e, string words) =>
        e.Rule.Contains(words, StringComparison.Ordinal) || e.Detail.Contains(words, StringComparison.Ordinal);

    private sealed class CaseRecords : RecordKind<Case, CaseForm>
    {
        public override string Noun => "case";

        internal override bool ReadAlone => true;

        public override string KeyOf(Case record) => record.Id.Value;

        internal override FactRef FactOf(Case record) => new(FactKind.Case, record.Id.Value);

        public override FactRef FactOf(CaseId @case, string key) => new(FactKind.Case, key);

        internal override CaseId? CaseOf(Case record) => record.Id;

        internal override IReadOnlyList<Case> All(Matter matter) => matter.Cases;

        internal override Matter With(Matter matter, IReadOnlyList<Case> records) => matter with { Cases = records };

        internal override Matter Only(Case record) => new() { Cases = [record] };

        internal override CaseForm ToForm(Case record, IEnumerable<string> sources) => CaseForm.From(record, sources);

        internal override Case? ToRecord(CaseForm form, CaseId @case, Case? current, Matter matter, FieldErrors errors) => form.ToRecord(@case, errors);

        internal override string FieldOf(DomainRuleException e) => CommonField(e)
            ?? (Says(e, "unknown court") ? nameof(CaseForm.Court)
            : Says(e, "unknown judge") ? nameof(CaseForm.Judge)
            : Says(e, "terminated") ? nameof(CaseForm.Terminated)
            : nameof(CaseForm.Caption));
    }

    private sealed class EntryRecords : RecordKind<DocketEntry, EntryForm>
    {
        public override string Noun => "docket entry";

        public override string KeyOf(DocketEntry record) => record.Key;

        internal override FactRef FactOf(DocketEntry record) => FactRef.Of(record);

        public override FactRef FactOf(CaseId @case, string key) => new(FactKind.DocketEntry, $"{@case}#{key}");

        internal override CaseId? CaseOf(DocketEntry record) => record.Case;

        internal override IReadOnlyList<DocketEntry> All(Matter matter) => matter.Entries;

        internal override Matter With(Matter matter, IReadOnlyList<DocketEntry> records) => matter with { Entries = records };

        internal override Matter Only(DocketEntry record) => new() { Entries = [record] };

        internal override EntryForm ToForm(DocketEntry record, IEnumerable<string> sources) => EntryForm.From(record, sources);

        internal override DocketEntry? ToRecord(EntryForm form, CaseId @case, DocketEntry? current, Matter matter, FieldErrors errors) =>
            form.ToRecord(@case, current, matter, errors);

        internal override string FieldOf(DomainRuleException e) => CommonField(e)
            ?? (Says(e, "sequence") ? nameof(EntryForm.Sequence)
            : Says(e, "key") ? nameof(EntryForm.Number)
            : nameof(EntryForm.Description));
    }

    private sealed class MotionRecords : RecordKind<Motion, MotionForm>
    {
        public override string Noun => "motion";

        public override string KeyOf(Motion record) => record.Id.Value;

        internal override FactRef FactOf(Motion record) => new(FactKind.Motion, record.Id.Value);

        public override FactRef FactOf(CaseId @case, string key) => new(FactKind.Motion, key);

        internal override CaseId? CaseOf(Motion record) => record.Case;

        internal override IReadOnlyList<Motion> All(Matter matter) => matter.Motions;

        internal override Matter With(Matter matter, IReadOnlyList<Motion> records) => matter with { Motions = records };

        internal override Matter Only(Motion record) => new() { Motions = [record] };

        internal override MotionForm ToForm(Motion record, IEnumerable<string> sources) => MotionForm.From(record, sources);

        internal override Motion? ToRecord(MotionForm form, CaseId @case, Motion? current, Matter matter, FieldErrors errors) =>
            form.ToRecord(@case, current, matter, errors);

        internal override string FieldOf(DomainRuleException e) => CommonField(e)
            ?? (Says(e, "movant") ? nameof(MotionForm.Movant)
            : Says(e, "ruling's entry") ? "Ruling.Entry"
            : Says(e, "unknown judge") ? "Ruling.Judge"
            : Says(e, "dated before") ? "Ruling.Date"
            : Says(e, "has a ruling") || Says(e, "has no ruling") ? nameof(MotionForm.Ruling)
            : Says(e, "wait") || Says(e, "unknown case") ? nameof(MotionForm.Awaits)
            : nameof(MotionForm.Type));
    }

    private sealed class ChargeRecords : RecordKind<Charge, ChargeForm>
    {
        public override string Noun => "charge";

        public override string KeyOf(Charge record) => record.Id.Value;

        internal override FactRef FactOf(Charge record) => new(FactKind.Charge, record.Id.Value);

        public override FactRef FactOf(CaseId @case, string key) => new(FactKind.Charge, key);

        internal override CaseId? CaseOf(Charge record) => record.Case;

        internal override IReadOnlyList<Charge> All(Matter matter) => matter.Charges;

        internal override Matter With(Matter matter, IReadOnlyList<Charge> records) => matter with { Charges = records };

        internal override Matter Only(Charge record) => new() { Charges = [record] };

        internal override ChargeForm ToForm(Charge record, IEnumerable<string> sources) => ChargeForm.From(record, sources);

        internal override Charge? ToRecord(ChargeForm form, CaseId @case, Charge? current, Matter matter, FieldErrors errors) =>
            form.ToRecord(@case, current, matter, errors);

        internal override string FieldOf(DomainRuleException e) => CommonField(e)
            ?? (Says(e, "criminal case") ? "Case" : nameof(ChargeForm.History));
    }

    private sealed class ClaimRecords : RecordKind<Claim, ClaimForm>
    {
        public override string Noun => "claim";

        public override string KeyOf(Claim record) => record.Id.Value;

        internal override FactRef FactOf(Claim record) => new(FactKind.Claim, record.Id.Value);

        public override FactRef FactOf(CaseId @case, string key) => new(FactKind.Claim, key);

        internal override CaseId? CaseOf(Claim record) => record.Case;

        internal override IReadOnlyList<Claim> All(Matter matter) => matter.Claims;

        internal override Matter With(Matter matter, IReadOnlyList<Claim> records) => matter with { Claims = records };

        internal override Matter Only(Claim record) => new() { Claims = [record] };

        internal override ClaimForm ToForm(Claim record, IEnumerable<string> sources) => ClaimForm.From(record, sources);

        internal override Claim? ToRecord(ClaimForm form, CaseId @case, Claim? current, Matter matter, FieldErrors errors) =>
            form.ToRecord(@case, current, matter, errors);

        internal override string FieldOf(DomainRuleException e) => CommonField(e)
            ?? (Says(e, "civil case") ? "Case"
            : Says(e, "claimants and those") ? nameof(ClaimForm.Claimants)
            : nameof(ClaimForm.Cause));
    }

    private sealed class StatementRecords : RecordKind<Statement, StatementForm>
    {
        public override string Noun => "statement";

        public override string KeyOf(Statement record) => record.Id.Value;

        internal override FactRef FactOf(Statement record) => new(FactKind.Statement, record.Id.Value);

        public override FactRef FactOf(CaseId @case, string key) => new(FactKind.Statement, key);

        internal override CaseId? CaseOf(Statement record) => record.Case;

        internal override IReadOnlyList<Statement> All(Matter matter) => matter.Statements;

        internal override Matter With(Matter matter, IReadOnlyList<Statement> records) => matter with { Statements = records };

        internal override Matter Only(Statement record) => new() { Statements = [record] };

        internal override StatementForm ToForm(Statement record, IEnumerable<string> sources) => StatementForm.From(record, sources);

        internal override Statement? ToRecord(StatementForm form, CaseId @case, Statement? current, Matter matter, FieldErrors errors) =>
            form.ToRecord(@case, current, matter, errors);

        internal override string FieldOf(DomainRuleException e) => CommonField(e)
            ?? (Says(e, "unknown party") ? nameof(StatementForm.OnBehalfOf) : Says(e, "unknown case") ? "Case" : nameof(StatementForm.Text));
    }
}
