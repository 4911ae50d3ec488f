using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>
/// Large reports are read in pieces so that memory stays bounded: the rows of the main entry
/// table (the one holding the "Docket Text" heading) are cut out of the text at their
/// <c>&lt;tr&gt;</c> tags and parsed a batch at a time, while the rest of the report (header,
/// parties, heading row, any later tables) is parsed as one small tree. Each batch tree is
/// dropped once its rows are read, so only one batch of markup is held at a time.
/// </summary>
internal sealed class StreamedEntries
{
    /// <summary>Reports longer than this (in characters) are read in pieces.</summary>
    public const int DefaultThreshold = 4_000_000;

    /// <summary>Characters of row markup parsed at a time: small enough that no batch lands on the large-object heap.</summary>
    public const int DefaultBatchSize = 32_000;

    private readonly string _html;
    private readonly int _start;
    private readonly List<int> _rowStarts;
    private readonly int _end;
    private readonly int _batchSize;

    private StreamedEntries(string html, int start, List<int> rowStarts, int end, int batchSize)
    {
        _batchSize = batchSize;
        _html = html;
        _start = start;
        _rowStarts = rowStarts;
        _end = end;
        var region = html.AsSpan(start, end - start);
        MentionsAdversaryProceeding = region.Contains("Adversary Proceeding", StringComparison.Ordinal);
    }

    /// <summary>True when the entry rows mention an adversary proceeding (which changes how parties are read).</summary>
    public bool MentionsAdversaryProceeding { get; }

    /// <summary>
    /// Splits <paramref name="html"/> into the entry rows and the rest, or returns null when the
    /// entry table cannot be delimited safely (the caller then parses the whole text at once).
    /// </summary>
    public static (string Remainder, StreamedEntries Entries)? TrySplit(string html, int batchSize = DefaultBatchSize)
    {
        int heading = html.IndexOf("Docket Text", StringComparison.Ordinal);
        if (heading < 0)
        {
            return null;
        }

        int tableStart = html.LastIndexOf("<table", heading, StringComparison.OrdinalIgnoreCase);
        if (tableStart < 0 || html.AsSpan(tableStart, heading - tableStart).IndexOf("</table", StringComparison.OrdinalIgnoreCase) >= 0
            || html.AsSpan(tableStart + 6, heading - tableStart - 6).IndexOf("<table", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }

        int headingEnd = html.IndexOf("</tr>", heading, StringComparison.OrdinalIgnoreCase);
        if (headingEnd < 0)
        {
            return null;
        }

        headingEnd += "</tr>".Length;
        var rowStarts = new List<int>();
        int end = FindTableEnd(html, headingEnd, rowStarts);
        if (end < 0)
        {
            return null;
        }

        var region = html.AsSpan(headingEnd, end - headingEnd);
        if (region.Contains("Total file size of selected documents", StringComparison.Ordinal)
            || region.Contains("Footer format:", StringComparison.Ordinal))
        {
            // The reference rules skip such a table entirely; the whole-text parse does that.
            return null;
        }

        var rest = string.Concat(html.AsSpan(0, headingEnd), html.AsSpan(end));
        return (rest, new StreamedEntries(html, headingEnd, rowStarts, end, batchSize));
    }

    // Scans tags from `from`, noting where each row of the table starts, until the table's end tag.
    private static int FindTableEnd(string html, int from, List<int> rowStarts)
    {
        int depth = 0;
        int i = from;
        while (true)
        {
            i = html.IndexOf('<', i);
            if (i < 0)
            {
                return html.Length;
            }

            var rest = html.AsSpan(i);
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    return html.Length;
                }

                i = close + 3;
                continue;
            }

            if (IsTag(rest, "<script") || IsTag(rest, "<style"))
            {
                var endTag = IsTag(rest, "<script") ? "</script" : "</style";
                int close = html.IndexOf(endTag, i, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    return html.Length;
                }

                i = close + endTag.Length;
                continue;
            }

            if (IsTag(rest, "<table"))
            {
                depth++;
            }
            else if (IsTag(rest, "</table"))
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (depth == 0 && IsTag(rest, "<tr"))
            {
                rowStarts.Add(i);
            }

            i++;
        }
    }

    private static bool IsTag(ReadOnlySpan<char> text, string tag) =>
        text.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
        && (text.Length == tag.Length || text[tag.Length] is ' ' or '>' or '\t' or '\n' or '\r' or '\f' or '/');

    /// <summary>The rows of the entry table, parsed one batch at a time as they are enumerated.</summary>
    public IEnumerable<DomNode> Rows()
    {
        int batchStart = _start;
        int next = 0;
        while (batchStart < _end)
        {
            int batchEnd = _end;
            while (next < _rowStarts.Count)
            {
                if (_rowStarts[next] - batchStart >= _batchSize && _rowStarts[next] > batchStart)
                {
                    batchEnd = _rowStarts[next];
                    break;
                }

                next++;
            }

            var markup = string.Concat("<table>", _html.AsSpan(batchStart, batchEnd - batchStart), "</table>");
            var tree = HtmlTree.Parse(markup);
            foreach (var row in tree.ChildElements("table").Take(1).SelectMany(table => table.ChildElements("tbody")).SelectMany(body => body.ChildElements("tr")))
            {
                yield return row;
            }

            batchStart = batchEnd;
        }
    }
}
