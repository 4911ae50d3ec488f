using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Web.Api;

/// <summary>
/// The endpoints of one kind of a case's records: list, read (with an ETag), add, update (with
/// <c>If-Match</c>) and history, all through the application layer's editor for the request's viewer.
/// </summary>
public static class RecordEndpoints
{
    public static void Map<TRecord, TForm>(RouteGroupBuilder api, string path, Func<RecordEditor, CaseRecordEditor<TRecord, TForm>> editor, Func<TForm, string?> keyOf)
        where TRecord : class
        where TForm : IRecordForm
    {
        var tag = char.ToUpperInvariant(path[0]) + path[1..];
        api.MapGet($"/cases/{{id}}/{path}", async (string id, RecordEditor e, CancellationToken ct) =>
            Results.Ok((await editor(e).ListAsync(new CaseId(id), ct)).Select(v => v.Value)))
            .WithTags(tag).WithSummary($"The case's {path}");
        api.MapGet($"/cases/{{id}}/{path}/{{key}}", async (string id, string key, RecordEditor e, HttpContext http, CancellationToken ct) =>
            Versioned(http, await editor(e).ReadAsync(new CaseId(id), key, ct)))
            .WithTags(tag).WithSummary("One record, with its ETag");
        api.MapPost($"/cases/{{id}}/{path}", async (string id, [FromBody] TForm form, RecordEditor e, HttpContext http, CancellationToken ct) =>
        {
            var saved = await editor(e).AddAsync(new CaseId(id), form, ct);
            http.Response.Headers.ETag = ETags.Of(saved.Version);
            return Results.Created($"/api/v1/cases/{Uri.EscapeDataString(id)}/{path}/{Uri.EscapeDataString(keyOf(saved.Value) ?? "")}", saved.Value);
        }).WithTags(tag).WithSummary("Adds a record (it cites at least one source)");
        api.MapPut($"/cases/{{id}}/{path}/{{key}}", async (string id, string key, [FromBody] TForm form, [FromHeader(Name = "If-Match")] string? ifMatch, RecordEditor e, HttpContext http, CancellationToken ct) =>
            Versioned(http, await editor(e).UpdateAsync(new CaseId(id), key, form, ETags.Version(ifMatch), ct)))
            .WithTags(tag).WithSummary("Replaces a record; If-Match must name its current ETag (412 when stale, 428 when missing)");
        api.MapGet($"/cases/{{id}}/{path}/{{key}}/history", async (string id, string key, RecordEditor e, CancellationToken ct) =>
            Results.Ok((await editor(e).HistoryAsync(new CaseId(id), key, ct)).Select(HistoryJson.Of)))
            .WithTags(tag).WithSummary("Every change to the record: who, when, before and after");
    }

    /// <summary>A record with its version as the ETag.</summary>
    public static IResult Versioned<T>(HttpContext http, Versioned<T> v)
    {
        http.Response.Headers.ETag = ETags.Of(v.Version);
        return Results.Ok(v.Value);
    }
}
