using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// How text is cut into searchable tokens, the one rule both engines index by: a token is a maximal
/// run of letters and digits, folded to lower case; everything else separates tokens. SQLite's FTS5
/// <c>unicode61</c> tokenizer (diacritics kept) and the PostgreSQL expression in
/// <see cref="IndexedKind"/> cut text the same way, so "3:08-cv-00284" is the phrase 3 08 cv 00284
/// in the index and in a query alike.
/// </summary>
public static class SearchTokens
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        foreach (var (start, length) in Spans(text))
        {
            tokens.Add(text.Substring(start, length).ToLowerInvariant());
        }

        return tokens;
    }

    /// <summary>Where each token of <paramref name="text"/> lies.</summary>
    public static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && IsTokenChar(text[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    /// <summary>The tokens joined by spaces, for messages.</summary>
    public static string Show(IEnumerable<string> tokens) => new StringBuilder().AppendJoin(' ', tokens).ToString();
}
