using Clerk.Domain;
using Clerk.Store.MatterFiles;
using Clerk.Store.Search;

namespace Clerk.Store.Tests.Search;

internal static class Searching
{
    /// <summary>Every hit of <paramref name="text"/> (all pages), read through the store's index.</summary>
    public static SearchResults Find(this ClerkStore store, string text, int limit = SearchQuery.MaxLimit, string? after = null)
    {
        var (match, filters) = SearchQueryParser.Parse(text);
        return store.Search.SearchAsync(new SearchQuery(match, filters, limit, after)).GetAwaiter().GetResult();
    }

    /// <summary>The hits as "case|Kind:key" lines, sorted, for comparing sets.</summary>
    public static List<string> Set(this SearchResults results) =>
        [.. results.Hits.Select(h => $"{h.Case?.Value}|{h.Fact.Kind}:{h.Fact.Key}").Order(StringComparer.Ordinal)];

    public static ClerkStore WithDemo(this ClerkStore store)
    {
        store.Save(MatterReader.Read(Demo.FilePath));
        return store;
    }

    public static FactRef Entry(string @case, string key) => new(FactKind.DocketEntry, $"{@case}#{key}");
}
