using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Editing.Forms;

/// <summary>A position someone took (the suit is untimely): who, in what capacity, for whom, when, and about what.</summary>
public sealed record StatementForm : IRecordForm
{
    /// <summary>The statement's id; when adding, blank gives one made from the case's id.</summary>
    public string? Id { get; init; }

    public string? Speaker { get; init; }

    /// <summary>party, counsel, prosecutor, judge or other.</summary>
    public string? Role { get; init; }

    /// <summary>The party the speaker spoke for, if any.</summary>
    public string? OnBehalfOf { get; init; }

    public string? Date { get; init; }

    public string? Text { get; init; }

    /// <summary>What Clerk computes about the same question (timeliness sits beside the limitation check).</summary>
    public string? Topic { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public static StatementForm From(Statement x, IEnumerable<string> sources) => new()
    {
        Id = x.Id.Value,
        Speaker = x.Speaker,
        Role = Kebab.Name(x.Role),
        OnBehalfOf = x.OnBehalfOf?.Value,
        Date = x.Date?.ToString(),
        Text = x.Text,
        Topic = x.Topic,
        Sources = [.. sources],
    };

    public Statement? ToRecord(CaseId @case, Statement? current, Matter matter, FieldErrors errors)
    {
        var id = RecordIds.Of(Id, current?.Id.Value, @case, "statement", matter.Statements.Select(s => s.Id.Value), errors);
        var speaker = errors.Required(Speaker, nameof(Speaker));
        var role = errors.Choice<SpeakerRole>(Role, nameof(Role));
        var date = errors.PartialDate(Date, nameof(Date));
        var text = errors.Required(Text, nameof(Text));
        return errors.Any ? null : new Statement(new StatementId(id), @case, speaker, role!.Value,
            FieldErrors.Optional(OnBehalfOf) is { } p ? new PartyId(p) : null, date, text, FieldErrors.Optional(Topic));
    }
}
