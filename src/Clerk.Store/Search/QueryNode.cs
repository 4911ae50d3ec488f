namespace Clerk.Store.Search;

/// <summary>
/// A parsed full-text query: what the text must contain. Every engine translates this tree, never
/// the user's text, so nothing the user typed reaches SQL or an engine's own query syntax.
/// </summary>
public abstract record QueryNode
{
    /// <summary>
    /// Every <see cref="Words"/> of the query, in query order, outside any <see cref="Not"/> (what a
    /// match is made of: what is ranked and marked); with <paramref name="excluded"/>, those under a Not too.
    /// </summary>
    internal IEnumerable<Words> Phrases(bool excluded = false) => this switch
    {
        Words w => [w],
        All a => a.Parts.SelectMany(p => p.Phrases(excluded)),
        Any o => o.Parts.SelectMany(p => p.Phrases(excluded)),
        Not n when excluded => n.Inner.Phrases(excluded),
        _ => [],
    };
}

/// <summary>
/// Consecutive tokens (one word, or a phrase): each token is a run of lower-case letters and digits
/// (see <see cref="SearchTokens"/>). With <see cref="Prefix"/>, the last token matches any token it begins.
/// </summary>
public sealed record Words(IReadOnlyList<string> Tokens, bool Prefix) : QueryNode;

/// <summary>Every part must match. A <see cref="Not"/> part removes what it matches from the others.</summary>
public sealed record All(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>At least one part must match.</summary>
public sealed record Any(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>What the inner node matches is excluded; only ever a part of an <see cref="All"/> that has positive parts.</summary>
public sealed record Not(QueryNode Inner) : QueryNode;
