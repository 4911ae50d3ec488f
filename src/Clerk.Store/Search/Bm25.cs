namespace Clerk.Store.Search;

/// <summary>
/// The Okapi BM25 rank of FTS5's <c>bm25()</c> (k1 = 1.2, b = 0.75), computed from the texts of the
/// documents a query matched. FTS5's function first counts, for every phrase of the query, every
/// document in the index that holds it: at ten million docket entries, 75 ms for "motion in limine"
/// before the first of 330 hits is scored. Here a phrase's count comes from its first matches
/// (<see cref="Holding"/>): exact up to that many, estimated beyond from how far they reach.
/// </summary>
/// <param name="averageLength">Their mean length in tokens.</param>
/// <param name="phrases">The query's phrases outside any NOT, each with its inverse document frequency (<see cref="Idf"/>).</param>
internal sealed class Bm25(double averageLength, IReadOnlyList<(Words Phrase, double Idf)> phrases)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>
    /// Minus the document's BM25 score (smaller is better, as FTS5 gives it): the sum over the
    /// phrases of IDF × f × (k1 + 1) / (f + k1 × (1 − b + b × length / average length)), where f is
    /// how often the phrase occurs in the text and length is the text's number of tokens.
    /// </summary>
    public double Rank(string text)
    {
        var tokens = SearchTokens.Of(text);
        var score = 0.0;
        foreach (var (phrase, idf) in phrases)
        {
            var f = Occurrences(tokens, phrase);
            score += idf * f * (K1 + 1) / (f + (K1 * (1 - B + (B * tokens.Count / averageLength))));
        }

        return -score;
    }

    /// <summary>FTS5's inverse document frequency: ln((N − n + 0.5) / (n + 0.5)), at least 10⁻⁶.</summary>
    public static double Idf(long documents, double holding) =>
        Math.Max(1e-6, Math.Log((documents - holding + 0.5) / (holding + 0.5)));

    /// <summary>
    /// How many documents hold a phrase, from its first <paramref name="read"/> matches in ascending
    /// order of document number (at most <paramref name="cap"/> were read): the count itself when
    /// fewer than the cap matched, otherwise the count scaled by how much of the numbers those matches span.
    /// </summary>
    /// <param name="last">The highest number among the matches read.</param>
    /// <param name="lowest">The lowest number in the index.</param>
    /// <param name="highest">The highest number in the index.</param>
    public static double Holding(long read, long last, long cap, long lowest, long highest) =>
        read < cap || last < lowest ? read : read * Math.Max(1.0, (double)(highest - lowest + 1) / (last - lowest + 1));

    /// <summary>How many times the phrase's tokens occur in a row in <paramref name="tokens"/> (the last as a prefix when the phrase is one).</summary>
    public static int Occurrences(IReadOnlyList<string> tokens, Words phrase)
    {
        var n = phrase.Tokens.Count;
        var count = 0;
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < n && all; j++)
            {
                var t = tokens[i + j];
                all = phrase.Prefix && j == n - 1 ? t.StartsWith(phrase.Tokens[j], StringComparison.Ordinal) : t == phrase.Tokens[j];
            }

            count += all ? 1 : 0;
        }

        return count;
    }
}
