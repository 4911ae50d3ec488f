using Clerk.App.Calendar;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.MatterFiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;

namespace Clerk.Web.Api;

/// <summary>The REST API under <c>/api/v1</c> (docs/api.md): every read and write goes through the application layer for the request's viewer.</summary>
public static class ApiEndpoints
{
    /// <summary>The largest page a list gives.</summary>
    public const int MaxLimit = 500;

    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter(ApiErrors.Filter);
        api.MapSearch();

        api.MapGet("/cases", async ([AsParameters] CaseQuery query, CaseReader cases, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var filter = new CaseFilter(
                errors.Choice<CaseKind>(query.Kind, "Kind", required: false),
                errors.Choice<CaseStatus>(query.Status, "Status", required: false),
                FieldErrors.Optional(query.Court) is { } c ? new CourtId(c) : null,
                FieldErrors.Optional(query.Judge) is { } j ? new JudgeId(j) : null,
                FieldErrors.Optional(query.Q),
                FieldErrors.Optional(query.Party) is { } p ? new PartyId(p) : null);
            var (offset, limit) = (query.Offset ?? 0, query.Limit ?? 50);
            if (offset < 0)
            {
                errors.Add("Offset", "is 0 or more");
            }

            if (limit is < 1 or > MaxLimit)
            {
                errors.Add("Limit", $"is between 1 and {MaxLimit}");
            }

            errors.ThrowIfAny();
            var all = (await cases.ListAsync(filter, ct)).Cases;
            return Results.Ok(new
            {
                total = all.Count,
                offset,
                limit,
                items = all.Skip(offset).Take(limit).Select(x => CaseForm.From(x, []) with { Sources = null }),
            });
        }).WithTags("Cases").WithSummary("Cases the viewer may see, by filing date then id; filters, offset and limit");

        api.MapGet("/cases/{id}", async (string id, RecordEditor e, HttpContext http, CancellationToken ct) =>
            RecordEndpoints.Versioned(http, await e.Cases.ReadAsync(new CaseId(id), id, ct)))
            .WithTags("Cases").WithSummary("One case's own fields, with its ETag");
        api.MapPut("/cases/{id}", async (string id, [FromBody] CaseForm form, [FromHeader(Name = "If-Match")] string? ifMatch, RecordEditor e, HttpContext http, CancellationToken ct) =>
            RecordEndpoints.Versioned(http, await e.Cases.UpdateAsync(new CaseId(id), id, form, ETags.Version(ifMatch), ct)))
            .WithTags("Cases").WithSummary("Replaces a case's own fields with the JSON GET gave, changed; If-Match must name its current ETag");
        api.MapGet("/cases/{id}/history", async (string id, RecordEditor e, CancellationToken ct) =>
            Results.Ok((await e.CaseHistoryAsync(new CaseId(id), ct)).Select(HistoryJson.Of)))
            .WithTags("Cases").WithSummary("Every change to every record of the case");
        api.MapGet("/cases/{id}/parties", async (string id, CaseReader cases, CancellationToken ct) =>
        {
            var m = (await cases.ReadAsync(new CaseId(id), ct)).Matter;
            var names = m.Parties.ToDictionary(p => p.Id);
            var attorneys = m.Attorneys.ToDictionary(a => a.Id);
            return Results.Ok(m.Participations.Where(p => p.Case.Value == id).OrderBy(p => p.Role).ThenBy(p => p.Party.Value, StringComparer.Ordinal).Select(p => new
            {
                party = p.Party.Value,
                name = names.TryGetValue(p.Party, out var party) ? party.Name : null,
                kind = party is null ? null : Kebab.Name(party.Kind),
                role = Kebab.Name(p.Role),
                role_text = p.RoleText,
                terminated = p.Terminated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                counsel = m.Counsel.Where(c => c.Case == p.Case && c.Client == p.Party).Select(c => new
                {
                    attorney = c.Attorney.Value,
                    name = attorneys.TryGetValue(c.Attorney, out var a) ? a.Name : null,
                    roles = c.Roles,
                }),
            }));
        }).WithTags("Cases").WithSummary("The case's parties with their roles (raw and normalized) and counsel");
        api.MapGet("/cases/{id}/deadlines", async (string id, string? asOf, CaseDeadlineService deadlines, CancellationToken ct) =>
        {
            var day = FieldErrors.Optional(asOf) is { } s ? new FieldErrors().Day(s, "AsOf") ?? throw InvalidEditException.Of("AsOf", $"expected a day such as 2023-08-23, not \"{s}\"") : (NodaTime.LocalDate?)null;
            return Results.Ok((await deadlines.ForCaseAsync(new CaseId(id), day, ct)).ToJson());
        }).WithTags("Deadlines").WithSummary("The case's deadlines with their structured steps and its claims' limitation checks, as clerk deadlines --json writes them");

        RecordEndpoints.Map(api, "entries", e => e.Entries, f => f.Key);
        RecordEndpoints.Map(api, "motions", e => e.Motions, f => f.Id);
        RecordEndpoints.Map(api, "charges", e => e.Charges, f => f.Id);
        RecordEndpoints.Map(api, "claims", e => e.Claims, f => f.Id);
        RecordEndpoints.Map(api, "statements", e => e.Statements, f => f.Id);

        api.MapGet("/sources/{id}", async (string id, RecordEditor e, HttpContext http, CancellationToken ct) =>
            RecordEndpoints.Versioned(http, await e.Sources.ReadAsync(new SourceId(id), ct))).WithTags("Sources");
        api.MapPost("/sources", async ([FromBody] SourceForm form, RecordEditor e, HttpContext http, CancellationToken ct) =>
        {
            var saved = await e.Sources.AddAsync(form, ct);
            http.Response.Headers.ETag = ETags.Of(saved.Version);
            return Results.Created($"/api/v1/sources/{Uri.EscapeDataString(saved.Value.Id!)}", saved.Value);
        }).WithTags("Sources");
        api.MapPut("/sources/{id}", async (string id, [FromBody] SourceForm form, [FromHeader(Name = "If-Match")] string? ifMatch, RecordEditor e, HttpContext http, CancellationToken ct) =>
            RecordEndpoints.Versioned(http, await e.Sources.UpdateAsync(new SourceId(id), form, ETags.Version(ifMatch), ct))).WithTags("Sources");

        api.MapGet("/incidents/{id}", async (string id, ClerkStore store, CaseReader cases, CancellationToken ct) =>
        {
            var incident = await store.Db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == new IncidentId(id), ct)
                ?? throw new App.NotFoundException($"no incident with id \"{id}\"");
            var ids = await store.Db.CaseIncidents.AsNoTracking().Where(ci => ci.Incident == incident.Id).Select(ci => ci.Case).ToListAsync(ct);
            var visible = (await cases.ReadManyAsync(ids, ct)).Cases.Where(c => ids.Contains(c.Id));
            return Results.Ok(new
            {
                id = incident.Id.Value,
                what = incident.What,
                where = incident.Where,
                when = incident.When?.ToString(),
                cases = visible.OrderBy(c => c.Id.Value, StringComparer.Ordinal).Select(c => CaseForm.From(c, []) with { Sources = null }),
            });
        }).WithTags("Incidents").WithSummary("An incident and the cases it started that the viewer may see");

        api.MapGet("/deadlines", async (string? from, string? to, DeadlineCalendar calendar, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var (f, t) = (errors.Day(from, "From"), errors.Day(to, "To"));
            errors.ThrowIfAny();
            return Results.Ok((await calendar.AllAsync(f, t, ct)).Select(d => new
            {
                uid = d.Uid,
                @case = d.Case.Id.Value,
                caption = d.Case.Caption,
                rule = d.Deadline.Rule.Id,
                name = d.Deadline.Rule.Name,
                due = LocalDatePattern.Iso.Format(d.Deadline.Deadline.Due),
                status = d.Deadline.Status.ToString().ToLowerInvariant(),
                steps = App.ExplanationJson.Steps(d.Deadline.Deadline.Explanation),
            }));
        }).WithTags("Deadlines").WithSummary("Deadlines across every case the viewer may see, due between from and to");
    }

    /// <summary>The case list's query: filters as <c>clerk cases</c> takes them, and the page.</summary>
    public sealed record CaseQuery(string? Kind, string? Status, string? Court, string? Judge, string? Party, string? Q, int? Offset, int? Limit);
}
