using Clerk.App.Editing;
using Clerk.App.Search;
using Clerk.Domain;
using Clerk.Store.MatterFiles;
using Clerk.Store.Search;

namespace Clerk.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the full-text search of <c>clerk search</c> and the search page, for the request's viewer.</summary>
public static class SearchEndpoint
{
    public static void MapSearch(this RouteGroupBuilder api) =>
        api.MapGet("/search", async ([AsParameters] SearchParameters p, SearchService search, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var q = errors.Required(p.Q, "Q");
            var filters = new SearchFilters(
                FieldErrors.Optional(p.Court) is { } c ? new CourtId(c) : null,
                FieldErrors.Optional(p.Kind) is { } k ? Kebab.TryParse<CaseKind>(k, out var kind) ? kind : Refuse<CaseKind>(errors, "Kind", $"unknown value \"{k}\"; accepted: {string.Join(", ", Kebab.Names<CaseKind>())}") : null,
                FieldErrors.Optional(p.Fact) is { } f ? SearchQueryParser.ParseFact(f) ?? Refuse<FactKind>(errors, "Fact", $"unknown value \"{f}\"; accepted: {string.Join(", ", SearchQueryParser.FactNames)}") : null,
                FieldErrors.Optional(p.Party) is { } party ? new PartyId(party) : null,
                FieldErrors.Optional(p.Judge) is { } judge ? new JudgeId(judge) : null,
                errors.Day(p.From, "From"),
                errors.Day(p.To, "To"));
            var limit = p.Limit ?? 20;
            if (limit is < 1 or > SearchQuery.MaxLimit)
            {
                errors.Add("Limit", $"is between 1 and {SearchQuery.MaxLimit}");
            }

            errors.ThrowIfAny();
            SearchResults results;
            try
            {
                results = await search.SearchAsync(new SearchRequest(q, filters, limit, FieldErrors.Optional(p.After)), ct);
            }
            catch (SearchQueryException e)
            {
                // The query language's own errors name the place in the query; a cursor's name the cursor.
                errors.Add(p.After is not null && e.Message.Contains("page cursor", StringComparison.Ordinal) ? "After" : "Q", e.Message);
                errors.ThrowIfAny();
                throw;
            }

            return Results.Ok(SearchJson.Of(results));
        }).WithTags("Search").WithSummary("Full-text search over the facts the viewer may see: ranked hits with snippets, a page at a time (next = the cursor of the page after)");

    private static T? Refuse<T>(FieldErrors errors, string field, string message)
        where T : struct
    {
        errors.Add(field, message);
        return null;
    }

    /// <summary>The query string of a search: the query, filters as <c>clerk search</c> takes them, the page size and the cursor.</summary>
    public sealed record SearchParameters(string? Q, string? Court, string? Kind, string? Fact, string? Party, string? Judge, string? From, string? To, int? Limit, string? After);
}
