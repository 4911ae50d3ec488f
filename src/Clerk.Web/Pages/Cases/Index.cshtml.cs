using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Cases;

/// <summary>The list of cases: filtered by court, kind, status, party and judge (and text), sorted, a page at a time.</summary>
public sealed class IndexModel(CaseReader cases) : PageModel
{
    /// <summary>Cases on one page.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Court { get; set; }
    [BindProperty(SupportsGet = true)] public CaseKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Party { get; set; }
    [BindProperty(SupportsGet = true)] public string? Judge { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "filed";
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>How many cases pass the filter, over every page.</summary>
    public int Count { get; private set; }

    public int Pages => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public IReadOnlyList<Case> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new CaseFilter(Kind, Status, Blank(Court) is { } c ? new CourtId(c) : null, Blank(Judge) is { } j ? new JudgeId(j) : null,
            Blank(Q), Blank(Party) is { } p ? new PartyId(p) : null);
        var all = (await cases.ListAsync(filter, ct)).Cases;
        Count = all.Count;
        IEnumerable<Case> sorted = Sort switch
        {
            "caption" => all.OrderBy(x => x.Caption, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Id.Value, StringComparer.Ordinal),
            "court" => all.OrderBy(x => x.Court.Value, StringComparer.Ordinal).ThenBy(x => x.Id.Value, StringComparer.Ordinal),
            "status" => all.OrderBy(x => x.Status).ThenBy(x => x.Id.Value, StringComparer.Ordinal),
            _ => all, // the store's order: filing date, then id
        };
        if (Desc)
        {
            sorted = sorted.Reverse();
        }

        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Cases = [.. sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This list's address with one query value changed (the page number, the sort).</summary>
    public string With(string key, string? value)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (value is null)
        {
            query.Remove(key);
        }
        else
        {
            query[key] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, query.Where(q => q.Value.Length > 0).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value)));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
