using Clerk.App.Access;
using Clerk.App.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Edit;

/// <summary>
/// What every form page shares: only editors and admins may open or post it (anyone else gets 403 and
/// no form), the version the form was opened at travels in a hidden field, and a refused save comes back
/// with what the user typed, the application layer's messages beside their fields, or, when someone else
/// saved the record meanwhile, the current record and the fields where the user's save differed.
/// </summary>
public abstract class EditPage<TForm>(Viewer viewer) : PageModel, IEditPage
    where TForm : class, new()
{
    /// <summary>The form as stored, or as the user posted it.</summary>
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The record's version when the form was opened; an update is refused when it is no longer current.</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>True when the viewer may not edit: the page says so and shows no form.</summary>
    public bool Denied { get; private set; }

    /// <summary>Set when a save was refused because the record changed meanwhile: where the user's save differs from what is stored now.</summary>
    public IReadOnlyList<FieldChange>? Stale { get; private set; }

    /// <summary>The messages of a refused save, field by field (the form's property names).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Writes the fields with the messages beside them.</summary>
    public FieldWriter Fields => _fields ??= new FieldWriter(Errors);

    /// <summary>The record in words (motion, docket entry), for headings and messages.</summary>
    public abstract string Noun { get; }

    /// <summary>What is added or changed, and where.</summary>
    public abstract string Heading { get; }

    /// <summary>True when the form adds a record rather than changing one.</summary>
    public abstract bool IsNew { get; }

    /// <summary>Where "cancel" leads: the page the record is shown on.</summary>
    public abstract string BackUrl { get; }

    /// <summary>Where the record's changes are listed; null for a record not yet saved.</summary>
    public abstract string? HistoryUrl { get; }

    private FieldWriter? _fields;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!viewer.CanEdit)
        {
            Denied = true;
            context.Result = new PageResult { StatusCode = StatusCodes.Status403Forbidden };
            return;
        }

        await next();
    }

    /// <summary>
    /// Saves the posted form with <paramref name="save"/> and answers <paramref name="saved"/>'s redirect; or
    /// shows the form again: 400 with the messages beside their fields (what was typed kept), or 409 with the
    /// current record (read by <paramref name="current"/>) when the version is stale. Nothing is saved then.
    /// </summary>
    protected async Task<IActionResult> SaveAsync<TSaved>(Func<Task<TSaved>> save, Func<TSaved, string> saved, Func<Task<Versioned<TForm>>> current)
    {
        // A value the binder could not read (letters in a number) would otherwise reach the editor as blank.
        var unreadable = ModelState.Where(kv => kv.Value?.Errors.Count > 0).ToDictionary(
            kv => kv.Key.StartsWith(FieldWriter.Prefix, StringComparison.Ordinal) ? kv.Key[FieldWriter.Prefix.Length..] : kv.Key,
            kv => new[] { kv.Value!.AttemptedValue is { } typed ? $"expected a whole number, not \"{typed}\"" : kv.Value.Errors[0].ErrorMessage },
            StringComparer.Ordinal);
        if (unreadable.Count > 0)
        {
            return Refused(unreadable);
        }

        try
        {
            return Redirect(saved(await save()));
        }
        catch (InvalidEditException e)
        {
            return Refused(e.Errors);
        }
        catch (VersionRequiredException)
        {
            return Refused(new Dictionary<string, string[]> { [""] = ["the form came without the version it was opened at: open it again from the record's page"] });
        }
        catch (StaleVersionException)
        {
            var now = await current();
            Stale = FieldChange.Between(now.Value, Form);
            ModelState.Clear();
            Form = now.Value;
            Version = now.Version;
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }
    }

    private PageResult Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        Errors = errors;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }
}
