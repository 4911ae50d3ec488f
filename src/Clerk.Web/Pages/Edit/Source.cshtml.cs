using Clerk.App;
using Clerk.App.Access;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Web.Pages.Edit;

/// <summary>Adds a source (a news report, a court record) or changes one, through the application layer's source editor.</summary>
public sealed class SourceModel(RecordEditor editor, Viewer viewer) : EditPage<SourceForm>(viewer)
{
    /// <summary>The source's id in the route; null when adding.</summary>
    public string? Key { get; private set; }

    public override bool IsNew => Key is null;

    public override string Noun => "source";

    public override string Heading => IsNew ? "Add a source" : $"Change source {Key}";

    public override string BackUrl => Key is null ? "/cases" : Display.SourceUrl(new SourceId(Key));

    public override string? HistoryUrl => Key is null ? null : Display.SourceUrl(new SourceId(Key)) + "#history";

    public async Task<IActionResult> OnGetAsync(string? key, CancellationToken ct)
    {
        Key = key;
        if (key is not null)
        {
            try
            {
                (Form, Version) = await editor.Sources.ReadAsync(new SourceId(key), ct);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? key, CancellationToken ct)
    {
        Key = key;
        try
        {
            return await SaveAsync(
                () => key is null ? editor.Sources.AddAsync(Form, ct) : editor.Sources.UpdateAsync(new SourceId(key), Form, Version, ct),
                saved => Display.SourceUrl(new SourceId(saved.Value.Id!)) + "?saved=1",
                () => editor.Sources.ReadAsync(new SourceId(key!), ct));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
