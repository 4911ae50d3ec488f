using System.Globalization;
using System.Text.Json.Serialization;
using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Editing.Forms;

/// <summary>A count of a criminal case with its statute and its history (filed, dismissed, refiled, disposed).</summary>
public sealed record ChargeForm : IRecordForm
{
    /// <summary>The charge's id; when adding, blank gives one made from the case's id.</summary>
    public string? Id { get; init; }

    public int? Count { get; init; }

    public string? Statute { get; init; }

    public string? Description { get; init; }

    /// <summary>Its steps in date order, the first its filing; a disposition is the last step, with its detail.</summary>
    public IReadOnlyList<ChargeStepForm>? History { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public static ChargeForm From(Charge x, IEnumerable<string> sources) => new()
    {
        Id = x.Id.Value,
        Count = x.Count,
        Statute = x.Statute,
        Description = x.Description,
        History = [.. x.History.Select(h => new ChargeStepForm { Status = Kebab.Name(h.Status), Date = h.Date?.ToString(), Detail = h.Detail })],
        Sources = [.. sources],
    };

    public Charge? ToRecord(CaseId @case, Charge? current, Matter matter, FieldErrors errors)
    {
        var id = RecordIds.Of(Id, current?.Id.Value, @case, "charge", matter.Charges.Select(c => c.Id.Value), errors);
        var description = errors.Required(Description, nameof(Description));
        if (Count is < 1)
        {
            errors.Add(nameof(Count), "a count is numbered from 1");
        }

        var steps = (History ?? []).Where(s => !s.IsBlank).ToList();
        if (steps.Count == 0)
        {
            errors.Add(nameof(History), "a charge's history begins with its filing");
        }

        var history = new List<ChargeEvent>();
        for (var i = 0; i < steps.Count; i++)
        {
            var at = "History[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var status = errors.Choice<ChargeStatus>(steps[i].Status, at + ".Status");
            var date = errors.PartialDate(steps[i].Date, at + ".Date");
            if (status is { } s)
            {
                history.Add(new ChargeEvent(s, date, FieldErrors.Optional(steps[i].Detail)));
            }
        }

        return errors.Any ? null : new Charge(new ChargeId(id), @case, Count, FieldErrors.Optional(Statute), description, history);
    }
}

/// <summary>One step of a charge's history.</summary>
public sealed record ChargeStepForm
{
    /// <summary>filed, dismissed-without-prejudice, dismissed-with-prejudice, refiled or disposed.</summary>
    public string? Status { get; init; }

    public string? Date { get; init; }

    /// <summary>The disposition, or the source's words.</summary>
    public string? Detail { get; init; }

    /// <summary>True when nothing was filled in (a form's spare rows).</summary>
    [JsonIgnore] // Not part of the record: neither its JSON, its version nor its history.
    public bool IsBlank => FieldErrors.Optional(Status) is null && FieldErrors.Optional(Date) is null && FieldErrors.Optional(Detail) is null;
}
