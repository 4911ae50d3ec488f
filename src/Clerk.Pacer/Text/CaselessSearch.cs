using System.Buffers;
using System.Collections.Concurrent;

namespace Clerk.Pacer.Text;

/// <summary>
/// Case-insensitive (ASCII and ordinal) search for fixed words in long text. Uses vectorised
/// multi-string search, because the culture-free <c>IndexOf(…, OrdinalIgnoreCase)</c> falls back to a
/// character-by-character loop under invariant globalisation.
/// </summary>
internal static class CaselessSearch
{
    private static readonly ConcurrentDictionary<string, SearchValues<string>> Searchers = new(StringComparer.Ordinal);

    public static bool Contains(ReadOnlySpan<char> text, string word) => IndexOf(text, word) >= 0;

    public static int IndexOf(ReadOnlySpan<char> text, string word) =>
        text.IndexOfAny(Searchers.GetOrAdd(word, w => SearchValues.Create([w], StringComparison.OrdinalIgnoreCase)));
}
