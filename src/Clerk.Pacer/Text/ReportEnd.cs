namespace Clerk.Pacer.Text;

/// <summary>
/// Tells a report cut short (an interrupted download, a file copied in part) from a complete one by
/// its end: a complete report closes every table, tag, comment and script it opens, and a page
/// that starts as a document (<c>&lt;html&gt;</c> or <c>&lt;body&gt;</c>) ends with
/// <c>&lt;/body&gt;</c> or <c>&lt;/html&gt;</c>. A fragment without them (as RSS-made reports are)
/// is complete when its tables are closed.
/// </summary>
internal static class ReportEnd
{
    /// <summary>Where and how <paramref name="html"/> ends before its closing markup, or null when it ends as a report does.</summary>
    public static string? Truncation(string html)
    {
        var tables = new Stack<int>();
        bool document = false, closed = false;
        int i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            var rest = html.AsSpan(i);
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    return Ends(html, "inside a comment that is never closed");
                }

                i = html.IndexOf('<', close + 3);
                continue;
            }

            bool end = rest[1] == '/';
            var name = TagName(rest[(end ? 2 : 1)..]);
            if (name.IsEmpty)
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }

            int tagEnd = html.IndexOf('>', i);
            if (tagEnd < 0)
            {
                return Ends(html, $"inside the tag <{(end ? "/" : "")}{name}");
            }

            if (!end && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                int close = html.IndexOf(string.Concat("</", name), tagEnd, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    return Ends(html, $"inside a <{name.ToString().ToLowerInvariant()}> that is never closed");
                }

                i = html.IndexOf('<', close + 2);
                continue;
            }

            if (name.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                if (!end)
                {
                    tables.Push(i);
                }
                else if (tables.Count > 0)
                {
                    tables.Pop();
                }
            }
            else if (name.Equals("body", StringComparison.OrdinalIgnoreCase) || name.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                document |= !end;
                closed |= end;
            }

            i = html.IndexOf('<', tagEnd + 1);
        }

        if (tables.Count > 0)
        {
            return Ends(html, $"inside a table opened at line {LineAt(html, tables.Peek())} that is never closed");
        }

        return document && !closed ? Ends(html, "without the </body> or </html> that closes the report") : null;
    }

    /// <summary>What a docket cut short says of itself: where the report ends, and how many entries were read.</summary>
    public static string Described(string where, int entries) =>
        $"{where}; {entries} docket {(entries == 1 ? "entry was" : "entries were")} read";

    /// <summary>The 1-based line of the character at <paramref name="position"/>.</summary>
    public static int LineAt(string text, int position) => text.AsSpan(0, Math.Min(position, text.Length)).Count('\n') + 1;

    private static string Ends(string html, string where) =>
        $"the report ends at line {LineAt(html, Math.Max(0, html.Length - 1))} {where}";

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (n < text.Length && char.IsAsciiLetterOrDigit(text[n]))
        {
            n++;
        }

        return n > 0 && char.IsAsciiLetter(text[0]) ? text[..n] : [];
    }
}
