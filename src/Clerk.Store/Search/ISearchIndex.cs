namespace Clerk.Store.Search;

/// <summary>
/// The full-text index over cases, docket entries, motions, statements, claims, parties, attorneys
/// and sources, kept in step with them by the database itself (the same transaction that writes a
/// row updates its index entry). One per engine: SQLite FTS5, PostgreSQL tsvector.
/// </summary>
public interface ISearchIndex
{
    /// <summary>One page of the facts that match, best first, with the total.</summary>
    /// <exception cref="SearchQueryException">The page cursor is not one this index gave.</exception>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>The cases whose caption or docket number, or the name of one of whose parties or attorneys, matches.</summary>
    Task<IReadOnlyList<Clerk.Domain.CaseId>> CasesNamedAsync(QueryNode match, CancellationToken ct = default);

    /// <summary>What is wrong with the index against the rows it indexes; empty when it is sound.</summary>
    IReadOnlyList<string> Check();
}
