using Clerk.Pacer.Text;
using Microsoft.Win32.SafeHandles;

namespace Clerk.Pacer.District;

/// <summary>
/// The main entry table of a large report (the one holding the "Docket Text" heading), found in
/// the report's bytes, so that its rows are read a batch at a time while the rest of the report
/// (header, parties, heading row, any later tables) is parsed as one small tree. Only one batch
/// of markup is held at a time; for a report read from its file, not even the report is held.
/// </summary>
internal sealed class EntryTable
{
    /// <summary>Reports longer than this (in bytes) are read in pieces.</summary>
    public const int DefaultThreshold = 4_000_000;

    /// <summary>Bytes of row markup parsed at a time: small enough that no batch lands on the large-object heap.</summary>
    public const int DefaultBatchSize = 32_000;

    /// <summary>A heading (or section comment) further in than this is not a report's: the whole-text parse decides what it is.</summary>
    internal const int HeaderAtMost = 64 << 20;

    private readonly ReportBytes _bytes;
    private readonly List<long> _batchStarts;
    private readonly long _end;

    // The report's line on which the first batch starts.
    private readonly int _firstLine;

    private EntryTable(ReportBytes bytes, string remainder, List<long> batchStarts, long end, string? truncation, int firstLine)
    {
        _bytes = bytes;
        _firstLine = firstLine;
        Remainder = remainder;
        _batchStarts = batchStarts;
        _end = end;
        Truncation = truncation;
    }

    /// <summary>
    /// For a report cut short inside the entry table (never closed), where and how it ends, as
    /// <see cref="ReportEnd.Truncation"/> says it of the whole text; null for a table that is closed.
    /// The rows then run to the end of the report.
    /// </summary>
    public string? Truncation { get; }

    /// <summary>The report without the entry rows, decoded: the header up to the heading row, then the table's end tag and what follows.</summary>
    public string Remainder { get; }

    /// <summary>True when the entry rows mention an adversary proceeding (which changes how parties are read).</summary>
    public bool MentionsAdversaryProceeding { get; private set; }

    /// <summary>The first PACER error message in the entry rows (see <see cref="HtmlCleaning.FindErrorPage"/>), or null.</summary>
    public string? ErrorPhrase { get; private set; }

    /// <summary>
    /// Finds the entry table of <paramref name="bytes"/>, or returns null when it cannot be
    /// delimited safely (the caller then parses the whole text at once): no heading, or a table
    /// the reference rules skip. A table never closed (a report cut short) runs to the report's end.
    /// </summary>
    /// <exception cref="PacerReportException">The header and what follows the table are over <paramref name="wholeAtMost"/> bytes.</exception>
    public static EntryTable? Find(ReportBytes bytes, int batchSize, long wholeAtMost)
    {
        using var handle = bytes.Open();
        var cursor = new ByteCursor(bytes, handle);
        long heading = cursor.Find("Docket Text"u8);
        if (heading < 0 || heading > HeaderAtMost)
        {
            return null;
        }

        var head = bytes.Range(handle, 0, heading);
        int tableStart = LastIndexOfIgnoreCase(head, "<table"u8);
        if (tableStart < 0 || IndexOfIgnoreCase(head.AsSpan(tableStart), "</table"u8) >= 0 || IndexOfIgnoreCase(head.AsSpan(tableStart + 6), "<table"u8) >= 0)
        {
            // Another table opens or closes between the entry table's start and its heading.
            return null;
        }

        if (cursor.Find("</tr>"u8, ignoreCase: true) < 0)
        {
            return null;
        }

        long headingEnd = cursor.Position + "</tr>".Length;
        var batchStarts = new List<long> { headingEnd };
        long end = TableEnd(cursor, headingEnd, batchSize, batchStarts);
        PacerDocketParser.RefuseOver(headingEnd + (end < 0 ? 0 : bytes.Length - end), wholeAtMost, "the report's header and what follows its entry table");
        var header = bytes.Text(handle, 0, headingEnd);
        string? truncation = null;
        if (end < 0)
        {
            end = bytes.Length;
            truncation = CutShort(bytes, handle, header, headingEnd, batchStarts[^1]);
            if (truncation is null)
            {
                return null;
            }
        }

        var remainder = string.Concat(header, bytes.Text(handle, end, bytes.Length));
        var table = new EntryTable(bytes, remainder, batchStarts, end, truncation, header.AsSpan().Count('\n') + 1);
        return table.ReadsAsRows(handle) ? table : null;
    }

    /// <summary>
    /// What ReportEnd says of a report whose entry table is never closed. Every batch but the last
    /// starts and ends between rows of the table, outside any comment or script, so the scan's state
    /// there is the one after the heading row: the header, then the last batch, say it all, once the
    /// lines of the batches between are counted in. Null when the scan does not find the report cut.
    /// </summary>
    internal static string? CutShort(ReportBytes bytes, SafeFileHandle? handle, string header, long headingEnd, long lastBatch)
    {
        long lines = 0;
        var buffer = new byte[1 << 20];
        for (long at = headingEnd; at < lastBatch;)
        {
            int n = bytes.Read(handle, at, buffer.AsSpan(0, (int)Math.Min(buffer.Length, lastBatch - at)));
            if (n == 0)
            {
                throw new IOException($"{bytes.Path}: the file ends at byte {at}, before byte {lastBatch}");
            }

            lines += buffer.AsSpan(0, n).Count((byte)'\n');
            at += n;
        }

        return lines > int.MaxValue / 2 ? null : ReportEnd.Truncation(string.Concat(header, new string('\n', (int)lines), bytes.Text(handle, lastBatch, bytes.Length)));
    }

    /// <summary>
    /// Scans tags from <paramref name="from"/> (inside a table) to the table's end tag and returns
    /// its offset, starting a batch at the first of the table's own rows at least
    /// <paramref name="batchSize"/> bytes after the last batch's start. -1 when the table, a
    /// comment or a script in it is never closed.
    /// </summary>
    internal static long TableEnd(ByteCursor cursor, long from, int batchSize, List<long> batchStarts)
    {
        int depth = 0;
        cursor.Position = from;
        while (cursor.Find("<"u8) >= 0)
        {
            if (cursor.At("<!--"u8))
            {
                cursor.Position += 4;
                if (cursor.Find("-->"u8) < 0)
                {
                    return -1;
                }

                cursor.Position += 3;
                continue;
            }

            if (cursor.AtTag("<script"u8) || cursor.AtTag("<style"u8))
            {
                var endTag = cursor.AtTag("<script"u8) ? "</script"u8 : "</style"u8;
                if (cursor.Find(endTag, ignoreCase: true) < 0)
                {
                    return -1;
                }

                cursor.Position += endTag.Length;
                continue;
            }

            if (cursor.AtTag("<table"u8))
            {
                depth++;
            }
            else if (cursor.AtTag("</table"u8))
            {
                if (depth == 0)
                {
                    return cursor.Position;
                }

                depth--;
            }
            else if (depth == 0 && cursor.AtTag("<tr"u8) && cursor.Position - batchStarts[^1] >= batchSize)
            {
                batchStarts.Add(cursor.Position);
            }

            cursor.Position++;
        }

        return -1;
    }

    // Reads every batch's text once before any row is parsed: what the rows say decides how the
    // header is read (an adversary proceeding's parties) and whether the page is a docket at all.
    private bool ReadsAsRows(SafeFileHandle? handle)
    {
        for (var i = 0; i < _batchStarts.Count; i++)
        {
            var text = BatchText(handle, i);
            if (text.Contains("Total file size of selected documents", StringComparison.Ordinal)
                || text.Contains("Footer format:", StringComparison.Ordinal))
            {
                // The reference rules skip such a table entirely; the whole-text parse does that.
                return false;
            }

            if (text.AsSpan().IndexOfAny(TakesWhatFollows) >= 0)
            {
                return false;
            }

            MentionsAdversaryProceeding |= text.Contains("Adversary Proceeding", StringComparison.Ordinal);
            ErrorPhrase ??= HtmlCleaning.FindErrorPage(text);
        }

        return true;
    }

    // Elements whose content the HTML rules read as text, or as markup of another kind, to their end
    // tag: one left open among the rows takes the rows after it on the whole page, but only to the
    // end of its batch when a batch is parsed alone. A report whose rows hold one is parsed whole.
    private static readonly System.Buffers.SearchValues<string> TakesWhatFollows = System.Buffers.SearchValues.Create(
        ["<xmp", "<plaintext", "<textarea", "<title", "<iframe", "<template", "<svg", "<math", "<noembed", "<noframes"], StringComparison.OrdinalIgnoreCase);

    private string BatchText(SafeFileHandle? handle, int batch) =>
        HtmlCleaning.Clean(_bytes.Text(handle, _batchStarts[batch], batch + 1 < _batchStarts.Count ? _batchStarts[batch + 1] : _end));

    /// <summary>The rows of the entry table, read and parsed one batch at a time as they are enumerated.</summary>
    /// <exception cref="IOException">The report's file changed since the table was found.</exception>
    /// <exception cref="PacerReportException">A batch cannot be read (markup nested deeper than any docket report), found only when it is parsed.</exception>
    public IEnumerable<DomNode> Rows()
    {
        using var handle = _bytes.Open();
        var line = _firstLine;
        for (var i = 0; i < _batchStarts.Count; i++)
        {
            // The last rows of a table cut short end as the whole text does: where the report ends.
            var close = Truncation is not null && i == _batchStarts.Count - 1 ? "" : "</table>";
            var text = BatchText(handle, i);
            DomNode tree;
            try
            {
                tree = HtmlTree.Parse(string.Concat("<table>", text, close));
            }
            catch (PacerReportException e)
            {
                throw e.InReportFrom(line);
            }

            line += text.AsSpan().Count('\n');
            foreach (var row in tree.ChildElements("table").Take(1).SelectMany(table => table.ChildElements("tbody")).SelectMany(body => body.ChildElements("tr")))
            {
                yield return row;
            }
        }
    }

    // Both take a pattern that starts with '<', so only its letters need matching in any case.
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii)
    {
        for (int i = 0; i + ascii.Length <= text.Length; i++)
        {
            int next = text[i..].IndexOf(ascii[0]);
            if (next < 0 || i + next + ascii.Length > text.Length)
            {
                return -1;
            }

            i += next;
            if (System.Text.Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii)
    {
        for (int i = text.Length - ascii.Length; i >= 0; i--)
        {
            i = text[..(i + 1)].LastIndexOf(ascii[0]);
            if (i < 0)
            {
                return -1;
            }

            if (System.Text.Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii))
            {
                return i;
            }
        }

        return -1;
    }
}
