using System.Text.Json.Nodes;
using Clerk.Store.MatterFiles;
using Clerk.Store.Search;

namespace Clerk.App.Search;

/// <summary>
/// A page of hits as <c>clerk search --json</c> and <c>/api/v1/search</c> both give it:
/// <c>{"total", "total_is_lower_bound", "order", "next", "hits": [{"case", "kind", "fact", "rank", "snippet", "highlights": [[start, length]…]}]}</c>.
/// <c>order</c> is <c>rank</c> or <c>newest</c> (a query matching many documents; see <see cref="SearchLimits"/>);
/// with <c>total_is_lower_bound</c> true, at least <c>total</c> hits match.
/// </summary>
/// <remarks>
/// Built as a JSON tree with its names written out (snake case, as every JSON name), not serialized
/// by reflection: a short <c>clerk search --json</c> spent 30 ms of its 180 building the serializer's
/// metadata for an anonymous type.
/// </remarks>
public static class SearchJson
{
    public static JsonObject Of(SearchResults results) => new()
    {
        ["total"] = results.Total,
        ["total_is_lower_bound"] = results.TotalIsLowerBound,
        ["order"] = Kebab.Name(results.Order),
        ["next"] = results.Next,
        ["hits"] = new JsonArray([.. results.Hits.Select(h => (JsonNode)new JsonObject
        {
            ["case"] = h.Case?.Value,
            ["kind"] = Kebab.Name(h.Fact.Kind),
            ["fact"] = h.Fact.Key,
            ["rank"] = h.Rank,
            ["snippet"] = h.Snippet.Text,
            ["highlights"] = new JsonArray([.. h.Snippet.Highlights.Select(x => (JsonNode)new JsonArray(x.Start, x.Length))]),
        })]),
    };
}
