using Clerk.Domain;

namespace Clerk.Store.Search;

/// <summary>
/// One page of hits, in <see cref="Order"/>, and how many hits the whole query has (at least, when
/// <see cref="TotalIsLowerBound"/>). <see cref="Next"/> asks for the page after this one (null on the
/// last page).
/// </summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, string? Next)
{
    /// <summary>How the hits are ordered: by rank, or newest first for a query that matches many (see <see cref="SearchLimits"/>).</summary>
    public SearchOrder Order { get; init; } = SearchOrder.Rank;

    /// <summary>
    /// True when more documents match than a search counts (<see cref="SearchLimits.CountedAtMost"/>):
    /// <see cref="Total"/> is then the hits among the newest of them, and the query has more.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }
}

/// <summary>The order of a page of hits.</summary>
public enum SearchOrder
{
    /// <summary>Best match first (smaller <see cref="SearchHit.Rank"/> first), then case, kind and key.</summary>
    Rank,

    /// <summary>The most recently indexed document first, then case, kind and key.</summary>
    Newest,
}

/// <summary>
/// A fact that matched, in the case it belongs to (null for a party, attorney or source that no
/// case names, or a statement about no case). A party, attorney or source named by several cases is
/// one hit per case. <see cref="Rank"/> orders hits within one engine (smaller is better); its scale
/// is the engine's own, and in <see cref="SearchOrder.Newest"/> order it is minus the document's
/// number in the index.
/// </summary>
public sealed record SearchHit(CaseId? Case, FactRef Fact, double Rank, Snippet Snippet);

/// <summary>Text from the fact around what matched, with the matched tokens marked.</summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>A marked stretch of <see cref="Snippet.Text"/>.</summary>
public readonly record struct Highlight(int Start, int Length);
