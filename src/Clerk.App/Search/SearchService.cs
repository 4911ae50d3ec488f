using Clerk.App.Access;
using Clerk.Store;
using Clerk.Store.Search;

namespace Clerk.App.Search;

/// <summary>
/// Full-text search over the stored facts, for every front end: parses the query language once
/// (<see cref="SearchQueryParser"/>), adds the filters given beside it, and asks the store's index
/// (SQLite FTS5 or PostgreSQL tsvector) for one page. A restricted case the viewer may not see
/// gives no hit and counts towards no total (see <see cref="CaseAccessService"/>).
/// </summary>
public sealed class SearchService(ClerkStore store, Viewer viewer)
{
    /// <summary>One page of hits for <paramref name="request"/>, best first, with the total.</summary>
    /// <exception cref="SearchQueryException">The query cannot be read, a filter is given twice with different values, or the cursor is not one a search gave.</exception>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        if (request.Limit is < 1 or > SearchQuery.MaxLimit)
        {
            throw new SearchQueryException($"--limit: {request.Limit} is not between 1 and {SearchQuery.MaxLimit}");
        }

        var (match, inQuery) = SearchQueryParser.Parse(request.Text);
        var filters = Merge(inQuery, request.Filters);
        var hidden = await new CaseAccessService(store).HiddenFromAsync(viewer, ct);
        return await store.Search.SearchAsync(new SearchQuery(match, filters, request.Limit, request.After) { Hidden = [.. hidden] }, ct);
    }

    // A filter may be written in the query (court:x) or given beside it (--court x), not both ways differently.
    private static SearchFilters Merge(SearchFilters q, SearchFilters o)
    {
        T? One<T>(string name, T? a, T? b)
            where T : struct =>
            a is { } x && b is { } y && !x.Equals(y) ? throw new SearchQueryException($"{name}: the query says {x}, the option {y}") : a ?? b;

        return new SearchFilters(
            One("court", q.Court, o.Court),
            One("kind", q.Kind, o.Kind),
            One("fact", q.Fact, o.Fact),
            One("party", q.Party, o.Party),
            One("judge", q.Judge, o.Judge),
            One("from", q.From, o.From),
            One("to", q.To, o.To));
    }
}

/// <summary>
/// A search as a front end receives it: the query text (words, phrases, operators and filters; see
/// <see cref="SearchQueryParser"/>), filters given as options, the page size, and the cursor of the
/// page before.
/// </summary>
public sealed record SearchRequest(string Text, SearchFilters Filters, int Limit = 20, string? After = null);
