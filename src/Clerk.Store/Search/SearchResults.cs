using Clerk.Domain;

namespace Clerk.Store.Search;

/// <summary>
/// One page of hits, best first, and how many hits the whole query has. <see cref="Next"/> asks for
/// the page after this one (null on the last page).
/// </summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, string? Next);

/// <summary>
/// A fact that matched, in the case it belongs to (null for a party, attorney or source that no
/// case names, or a statement about no case). A party, attorney or source named by several cases is
/// one hit per case. <see cref="Rank"/> orders hits within one engine (smaller is better); its scale
/// is the engine's own.
/// </summary>
public sealed record SearchHit(CaseId? Case, FactRef Fact, double Rank, Snippet Snippet);

/// <summary>Text from the fact around what matched, with the matched tokens marked.</summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>A marked stretch of <see cref="Snippet.Text"/>.</summary>
public readonly record struct Highlight(int Start, int Length);
