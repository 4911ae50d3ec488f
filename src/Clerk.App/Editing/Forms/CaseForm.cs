using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Editing.Forms;

/// <summary>A case's own fields, as <c>clerk cases --json</c> writes them (and <c>GET /api/v1/cases/{id}</c>).</summary>
public sealed record CaseForm : IRecordForm
{
    public string? Id { get; init; }

    public string? Court { get; init; }

    public string? DocketNumber { get; init; }

    public string? Caption { get; init; }

    /// <summary>civil, criminal, appeal or bankruptcy.</summary>
    public string? Kind { get; init; }

    /// <summary>open, stayed, dismissed or closed.</summary>
    public string? Status { get; init; }

    public string? Judge { get; init; }

    /// <summary>As precise as known: 2023-02-01, 2023-02, about 2023.</summary>
    public string? Filed { get; init; }

    public string? Terminated { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public static CaseForm From(Case x, IEnumerable<string> sources) => new()
    {
        Id = x.Id.Value,
        Court = x.Court.Value,
        DocketNumber = x.DocketNumber,
        Caption = x.Caption,
        Kind = Kebab.Name(x.Kind),
        Status = Kebab.Name(x.Status),
        Judge = x.Judge?.Value,
        Filed = x.Filed?.ToString(),
        Terminated = x.Terminated?.ToString(),
        Sources = [.. sources],
    };

    /// <summary>The case the form describes; null (with errors noted) when a field is wrong.</summary>
    public Case? ToRecord(CaseId id, FieldErrors errors)
    {
        if (FieldErrors.Optional(Id) is { } given && given != id.Value)
        {
            errors.Add(nameof(Id), $"a case's id does not change (this is case \"{id}\")");
        }

        var court = errors.Required(Court, nameof(Court));
        var caption = errors.Required(Caption, nameof(Caption));
        var kind = errors.Choice<Domain.CaseKind>(Kind, nameof(Kind));
        var status = errors.Choice<CaseStatus>(Status, nameof(Status));
        var filed = errors.PartialDate(Filed, nameof(Filed));
        var terminated = errors.PartialDate(Terminated, nameof(Terminated));
        if (errors.Any)
        {
            return null;
        }

        return new Case(id, new CourtId(court), FieldErrors.Optional(DocketNumber), caption, kind!.Value, status!.Value,
            FieldErrors.Optional(Judge) is { } j ? new JudgeId(j) : null, filed, terminated);
    }
}
