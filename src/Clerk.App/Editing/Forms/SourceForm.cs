using System.Globalization;
using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Editing.Forms;

/// <summary>A document facts come from: a court record or a news report, with its publisher, title, date and where to find it.</summary>
public sealed record SourceForm
{
    public string? Id { get; init; }

    /// <summary>court-record, news-report or other.</summary>
    public string? Kind { get; init; }

    public string? Publisher { get; init; }

    public string? Title { get; init; }

    /// <summary>The day it was published: 2023-08-23.</summary>
    public string? Date { get; init; }

    /// <summary>Where to find it: a URL, a file, a docket entry.</summary>
    public string? Locator { get; init; }

    public string? Text { get; init; }

    public static SourceForm From(Source x) => new()
    {
        Id = x.Id.Value,
        Kind = Kebab.Name(x.Kind),
        Publisher = x.Publisher,
        Title = x.Title,
        Date = x.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Locator = x.Locator,
        Text = x.Text,
    };

    public Source? ToRecord(Source? current, FieldErrors errors)
    {
        var id = errors.Required(current?.Id.Value ?? Id, nameof(Id));
        if (current is not null && FieldErrors.Optional(Id) is { } given && given != current.Id.Value)
        {
            errors.Add(nameof(Id), $"a source's id does not change (this is source \"{current.Id}\")");
        }

        var kind = errors.Choice<SourceKind>(Kind, nameof(Kind));
        var publisher = errors.Required(Publisher, nameof(Publisher));
        var date = errors.Day(Date, nameof(Date));
        return errors.Any ? null : new Source(new SourceId(id), kind!.Value, publisher, FieldErrors.Optional(Title), date, FieldErrors.Optional(Locator), Text);
    }
}
