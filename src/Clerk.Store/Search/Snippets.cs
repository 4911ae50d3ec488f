namespace Clerk.Store.Search;

/// <summary>
/// Cuts a snippet from a fact's text around the first token the query matched, marking every matched
/// token. Done here rather than by each engine, so both engines show the same snippet for a hit.
/// </summary>
internal static class Snippets
{
    private const int Before = 60;
    private const int Width = 220;

    public static Snippet Of(string text, QueryNode query)
    {
        // The tokens a hit is marked for: those of the query's words outside any NOT.
        var terms = query.Phrases().SelectMany(w => w.Tokens.Select((t, i) => (Token: t, Prefix: w.Prefix && i == w.Tokens.Count - 1))).ToList();
        var marks = new List<Highlight>();
        foreach (var (start, length) in SearchTokens.Spans(text))
        {
            var token = text.Substring(start, length).ToLowerInvariant();
            if (terms.Any(t => t.Prefix ? token.StartsWith(t.Token, StringComparison.Ordinal) : token == t.Token))
            {
                marks.Add(new Highlight(start, length));
            }
        }

        var from = marks.Count == 0 ? 0 : Math.Max(0, marks[0].Start - Before);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = Math.Min(text.Length, from + Width);
        while (to < text.Length && to > from && !char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to <= from)
        {
            to = Math.Min(text.Length, from + Width);
        }

        var lead = from > 0 ? "…" : "";
        var body = Flatten(text[from..to]);
        var shown = lead + body + (to < text.Length ? "…" : "");
        var kept = marks.Where(m => m.Start >= from && m.Start + m.Length <= to)
            .Select(m => new Highlight(m.Start - from + lead.Length, m.Length)).ToList();
        return new Snippet(shown, kept);
    }

    // Line breaks and tabs become spaces (same length, so the marks stay in place).
    private static string Flatten(string s) => string.Create(s.Length, s, (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = src[i] is '\n' or '\r' or '\t' ? ' ' : src[i];
        }
    });
}
