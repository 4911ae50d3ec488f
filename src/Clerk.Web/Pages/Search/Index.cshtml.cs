using Clerk.App.Search;
using Clerk.Domain;
using Clerk.Store.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime.Text;

namespace Clerk.Web.Pages.Search;

/// <summary>
/// Full-text search over every fact the viewer may see (cases, docket entries, motions, statements,
/// claims, parties, attorneys, sources), ranked, with highlighted snippets, a page at a time.
/// </summary>
public sealed class IndexModel(SearchService search) : PageModel
{
    /// <summary>Hits on one page.</summary>
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Court { get; set; }
    [BindProperty(SupportsGet = true)] public CaseKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Fact { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    /// <summary>The page of hits; null before anything is asked.</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>Why the query could not be run, for the field it names.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        try
        {
            var filters = new SearchFilters(
                Blank(Court) is { } c ? new CourtId(c) : null,
                Kind,
                Blank(Fact) is { } f ? SearchQueryParser.ParseFact(f) ?? throw new SearchQueryException($"fact: unknown value \"{f}\"; accepted: {string.Join(", ", SearchQueryParser.FactNames)}") : null,
                null,
                null,
                Day(From, "from"),
                Day(To, "to"));
            Results = await search.SearchAsync(new SearchRequest(Q, filters, PageSize, Blank(After)), ct);
        }
        catch (SearchQueryException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>This search's address for the page after <paramref name="cursor"/>.</summary>
    public string Next(string cursor)
    {
        var query = Request.Query.Where(q => !q.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        return "/search?" + string.Join("&", query.Append("after=" + Uri.EscapeDataString(cursor)));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static NodaTime.LocalDate? Day(string? text, string field) =>
        Blank(text) is not { } t ? null
            : LocalDatePattern.Iso.Parse(t) is { Success: true } day ? day.Value
            : throw new SearchQueryException($"{field}: \"{t}\" is not a date (YYYY-MM-DD)");
}
