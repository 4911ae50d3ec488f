using Clerk.App;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Web.Pages.Edit;

/// <summary>
/// The form of one kind of a case's records (<c>/cases/{id}/edit/{kind}</c> adds one,
/// <c>/cases/{id}/edit/{kind}/{key}</c> changes one, <c>/cases/{id}/edit</c> the case's own fields): each
/// kind's page declares this model with its types and writes its own fields. It reads and saves through the
/// application layer's editor for the request's viewer. After a save it leads back to the record on the
/// case page, whose deadlines are computed from the stored case whenever it is shown, so they already
/// reflect the change.
/// </summary>
public sealed class CaseRecordPage<TRecord, TForm>(RecordEditor editor, CaseReader cases, Viewer viewer) : EditPage<TForm>(viewer)
    where TRecord : class
    where TForm : class, IRecordForm, new()
{
    /// <summary>The case, with what the form offers as choices (parties, judges, entries, sources).</summary>
    public CaseFile CaseFile { get; private set; } = null!;

    public Matter Matter => CaseFile.Matter;

    /// <summary>The record's key in the route; null when adding.</summary>
    public string? Key { get; private set; }

    public CaseId CaseId => CaseFile.Case.Id;

    public override bool IsNew => Key is null;

    public override string Noun => Kind.Noun;

    public override string Heading =>
        Kind.IsCase ? $"Change the case {CaseFile.Case.Caption}"
        : IsNew ? $"Add a {Noun} to {CaseFile.Case.Caption}"
        : $"Change {Noun} {Key} of {CaseFile.Case.Caption}";

    public override string BackUrl => Display.CaseUrl(CaseId) + (Key is null ? "" : "#" + Display.Anchor(Kind.FactOf(CaseId, Key)));

    public override string? HistoryUrl => Key is null ? null : Display.HistoryUrl(CaseId, Kind.Slug, Key);

    /// <summary>Which kind of record the page edits.</summary>
    private static EditedKind<TRecord, TForm> Kind { get; } = EditedKinds.Of<TRecord, TForm>();

    public async Task<IActionResult> OnGetAsync(string id, string? key, CancellationToken ct)
    {
        key = KeyOf(id, key);
        try
        {
            await LoadAsync(id, key, ct);
            if (key is not null)
            {
                (Form, Version) = await Kind.Editor(editor).ReadAsync(CaseId, key, ct);
            }
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? key, CancellationToken ct)
    {
        key = KeyOf(id, key);
        try
        {
            await LoadAsync(id, key, ct);
            var records = Kind.Editor(editor);
            return await SaveAsync(
                () => key is null ? records.AddAsync(CaseId, Form, ct) : records.UpdateAsync(CaseId, key, Form, Version, ct),
                saved => Display.CaseUrl(CaseId) + "?saved=1#" + Display.Anchor(Kind.FactOf(CaseId, Kind.KeyOf(saved.Value))),
                () => records.ReadAsync(CaseId, key!, ct));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    // The key of the record the route names: the case's own for its own fields; null when the form adds one.
    private static string? KeyOf(string id, string? key) => Kind.IsCase ? id : key;

    /// <summary>The case's parties as choices: id and name.</summary>
    public IEnumerable<(string Value, string Text)> Parties() =>
        Matter.Participations.Where(p => p.Case == CaseId).Select(p => p.Party).Distinct()
            .Select(p => (p.Value, $"{Matter.Parties.FirstOrDefault(x => x.Id == p)?.Name ?? p.Value} ({p.Value})"));

    /// <summary>The judges known to the case as choices.</summary>
    public IEnumerable<(string Value, string Text)> Judges() => Matter.Judges.Select(j => (j.Id.Value, j.Name));

    /// <summary>The case's docket entries as choices, by their place in the docket.</summary>
    public IEnumerable<(string Value, string Text)> Entries() =>
        Matter.Entries.Where(e => e.Case == CaseId).OrderBy(e => e.Sequence).Select(e => (e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{CaseDeadlineReport.EntryName(e)} ({Display.Day(e.DateFiled)}): {(e.Description.Length > 80 ? e.Description[..80] + "…" : e.Description)}"));

    /// <summary>The sources the case cites, as choices for a record's citations.</summary>
    public IEnumerable<(string Value, string Text)> Sources() =>
        Matter.Sources.Select(s => (s.Id.Value, $"{s.Title ?? s.Id.Value} ({s.Publisher}{(s.Date is { } d ? ", " + Display.Day(d) : "")})"));

    private async Task LoadAsync(string id, string? key, CancellationToken ct)
    {
        Key = key;
        CaseFile = await cases.ReadAsync(new CaseId(id), ct);
    }
}
