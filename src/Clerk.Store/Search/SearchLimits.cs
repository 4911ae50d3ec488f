namespace Clerk.Store.Search;

/// <summary>
/// How far one search reads on a large database. Both engines score every document a query matches
/// when they rank (FTS5's bm25 also counts, for each phrase, every document holding it), so ranking
/// costs as much as the query matches: at ten million docket entries, 2.5 s for a company's name
/// found in 400,000 documents. A query whose text matches at most <see cref="RankedAtMost"/>
/// documents is ranked, best first, with an exact total; one that matches more lists its hits
/// newest first (the most recently indexed document first), which reads only as far as the page
/// goes, and counts its total among its <see cref="CountedAtMost"/> newest matching documents: the
/// total is exact when no more match, and otherwise a lower bound
/// (<see cref="SearchResults.TotalIsLowerBound"/>). Elasticsearch makes the same trade with
/// <c>track_total_hits</c>.
/// </summary>
/// <param name="RankedAtMost">The most documents a ranked search scores (the text alone, before filters).</param>
/// <param name="CountedAtMost">The most matching documents a newest-first search reads to count its total; at least <paramref name="RankedAtMost"/>.</param>
public sealed record SearchLimits(int RankedAtMost = 2_000, int CountedAtMost = 10_000)
{
    /// <summary>The limits Clerk uses unless told otherwise.</summary>
    public static SearchLimits Default { get; } = new();

    /// <summary>Throws unless 1 ≤ <see cref="RankedAtMost"/> ≤ <see cref="CountedAtMost"/>.</summary>
    public SearchLimits Checked() =>
        RankedAtMost >= 1 && CountedAtMost >= RankedAtMost
            ? this
            : throw new ArgumentOutOfRangeException(nameof(CountedAtMost), $"search limits: ranked at most {RankedAtMost}, counted at most {CountedAtMost}; expected 1 ≤ ranked ≤ counted");
}
