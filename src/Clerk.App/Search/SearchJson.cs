using Clerk.Store.MatterFiles;
using Clerk.Store.Search;

namespace Clerk.App.Search;

/// <summary>
/// A page of hits as <c>clerk search --json</c> and <c>/api/v1/search</c> both give it:
/// <c>{"total", "total_is_lower_bound", "order", "next", "hits": [{"case", "kind", "fact", "rank", "snippet", "highlights": [[start, length]…]}]}</c>.
/// <c>order</c> is <c>rank</c> or <c>newest</c> (a query matching many documents; see <see cref="SearchLimits"/>);
/// with <c>total_is_lower_bound</c> (snake case, as every JSON name) true, at least <c>total</c> hits match.
/// </summary>
public static class SearchJson
{
    public static object Of(SearchResults results) => new
    {
        total = results.Total,
        totalIsLowerBound = results.TotalIsLowerBound,
        order = Kebab.Name(results.Order),
        next = results.Next,
        hits = results.Hits.Select(h => new
        {
            @case = h.Case?.Value,
            kind = Kebab.Name(h.Fact.Kind),
            fact = h.Fact.Key,
            rank = h.Rank,
            snippet = h.Snippet.Text,
            highlights = h.Snippet.Highlights.Select(x => new[] { x.Start, x.Length }),
        }),
    };
}
