using System.Text.Json.Serialization;
using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Editing.Forms;

/// <summary>A motion and, once decided, its ruling.</summary>
public sealed record MotionForm : IRecordForm
{
    /// <summary>The motion's id; when adding, blank gives one made from the case's id.</summary>
    public string? Id { get; init; }

    /// <summary>dismiss, stay, summary-judgment, compel, continuance, reconsideration, new-trial or other.</summary>
    public string? Type { get; init; }

    /// <summary>The party that filed it (a party of the case).</summary>
    public string? Movant { get; init; }

    public string? Relief { get; init; }

    /// <summary>pending, granted, denied, granted-in-part, withdrawn or moot; a decided motion has a ruling.</summary>
    public string? Status { get; init; }

    public string? Filed { get; init; }

    public RulingForm? Ruling { get; init; }

    /// <summary>For a stay: the case it asks this one to wait for.</summary>
    public string? Awaits { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public static MotionForm From(Motion x, IEnumerable<string> sources) => new()
    {
        Id = x.Id.Value,
        Type = Kebab.Name(x.Type),
        Movant = x.Movant.Value,
        Relief = x.Relief,
        Status = Kebab.Name(x.Status),
        Filed = x.Filed?.ToString(),
        Ruling = x.Ruling is { } r ? new RulingForm { Date = r.Date.ToString(), Entry = r.EntrySequence, Judge = r.Judge?.Value } : null,
        Awaits = x.AwaitedCase?.Value,
        Sources = [.. sources],
    };

    public Motion? ToRecord(CaseId @case, Motion? current, Matter matter, FieldErrors errors)
    {
        var id = RecordIds.Of(Id, current?.Id.Value, @case, "motion", matter.Motions.Select(m => m.Id.Value), errors);
        var type = errors.Choice<MotionType>(Type, nameof(Type));
        var movant = errors.Required(Movant, nameof(Movant));
        var relief = errors.Required(Relief, nameof(Relief));
        var status = errors.Choice<MotionStatus>(Status, nameof(Status));
        var filed = errors.PartialDate(Filed, nameof(Filed));
        Ruling? ruling = null;
        if (Ruling is { } r && !r.IsBlank)
        {
            var date = errors.PartialDate(r.Date, "Ruling.Date");
            if (date is null && FieldErrors.Optional(r.Date) is null)
            {
                errors.Add("Ruling.Date", "a ruling has a date");
            }

            if (r.Entry is < 1)
            {
                errors.Add("Ruling.Entry", "a place in the docket is 1 or more");
            }

            ruling = date is { } d ? new Ruling(d, r.Entry, FieldErrors.Optional(r.Judge) is { } j ? new JudgeId(j) : null) : null;
        }

        if (errors.Any)
        {
            return null;
        }

        return new Motion(new MotionId(id), @case, type!.Value, new PartyId(movant), relief, status!.Value, filed, ruling,
            FieldErrors.Optional(Awaits) is { } w ? new CaseId(w) : null);
    }
}

/// <summary>A court's decision on a motion: when, in which docket entry (its place), by which judge.</summary>
public sealed record RulingForm
{
    public string? Date { get; init; }

    /// <summary>The place in the docket of the entry that holds the ruling.</summary>
    public int? Entry { get; init; }

    public string? Judge { get; init; }

    /// <summary>True when nothing was filled in (a form's empty ruling fields mean no ruling).</summary>
    [JsonIgnore] // Not part of the record: neither its JSON, its version nor its history.
    public bool IsBlank => FieldErrors.Optional(Date) is null && Entry is null && FieldErrors.Optional(Judge) is null;
}
