using Clerk.Pacer.District;
using Clerk.Pacer.Text;
using Microsoft.Win32.SafeHandles;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// The rows of a large appellate report's docket entries, found in the report's bytes so that they
/// are parsed a batch at a time while the rest of the report (<see cref="Remainder"/>) is parsed as
/// one small tree. Only one batch of markup is held at a time; for a report read from its file, not
/// even the report is held.
/// </summary>
/// <remarks>
/// The rows table is the first table after the "DOCKET ENTRIES" section comment that is not a mere
/// wrapper around another table. A batch is parsed as the rows of a table of its own; for the rows
/// of a well-formed table that is the subtree the whole page's parse holds, and a batch whose parse
/// puts anything outside its table (markup the HTML rules move out of a table) sends the report to
/// the whole-text parse instead.
/// </remarks>
internal sealed class EntryBatches
{
    /// <summary>The text of the comment that stands in <see cref="Remainder"/> where the rows were.</summary>
    public const string PlaceText = " clerk: docket entry rows read in batches ";

    private const string PlaceComment = "<!--" + PlaceText + "-->";

    // How many wrapper tables (a table whose only content is a row, a cell and another table) are looked through.
    private const int WrappersAtMost = 4;

    private readonly ReportBytes _bytes;
    private readonly List<long> _starts;
    private readonly long _end;
    private readonly int _headerLength;
    private readonly HashSet<string> _surveyed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _markersInRows = new(StringComparer.Ordinal);

    // For each label the rows hold: where its first element stands (batch, then order in the batch) and that element's tail.
    private readonly Dictionary<string, (long Position, string? Tail)> _firstLabelled = new(StringComparer.Ordinal);
    private bool _inForm;

    private EntryBatches(ReportBytes bytes, List<long> starts, long end, string header, string rest, string? truncation)
    {
        _bytes = bytes;
        _starts = starts;
        _end = end;
        Truncation = truncation;
        _headerLength = header.Length;
        Remainder = string.Concat(header, PlaceComment, rest);
    }

    /// <summary>
    /// For a report cut short inside the rows table (never closed), where and how it ends, as
    /// <see cref="ReportEnd.Truncation"/> says it of the whole text; null for a table that is closed.
    /// The rows then run to the end of the report.
    /// </summary>
    public string? Truncation { get; }

    /// <summary>The report without the entry rows, decoded: the header up to the rows table's start tag, the place comment, then the table's end tag and what follows.</summary>
    public string Remainder { get; }

    /// <summary>The comment standing for the rows in the tree of <see cref="Remainder"/>; set by <see cref="Survey"/>.</summary>
    public DomNode? Place { get; private set; }

    /// <summary>True when a row holds the "View Selected" button of a report that lists attachments.</summary>
    public bool ListsAttachments { get; private set; }

    /// <summary>True when the report holds a phrase of a page that is not a docket (<see cref="NonDocketPages"/>); set by <see cref="Survey"/>.</summary>
    public bool NotADocket { get; private set; }

    /// <summary>
    /// Finds the entry rows of <paramref name="bytes"/>, or returns null when they cannot be
    /// delimited safely (no section comment, no rows table, a table never closed): the caller then
    /// parses the whole text.
    /// </summary>
    /// <exception cref="PacerReportException">The page without its rows is over <paramref name="wholeAtMost"/> bytes.</exception>
    public static EntryBatches? Find(ReportBytes bytes, int batchSize, long wholeAtMost)
    {
        using var handle = bytes.Open();
        var cursor = new ByteCursor(bytes, handle);
        long section = cursor.Find("DOCKET ENTRIES"u8);
        if (section < 0 || section > EntryTable.HeaderAtMost)
        {
            return null;
        }

        long rowsStart = -1;
        for (var wrappers = 0; wrappers <= WrappersAtMost && rowsStart < 0; wrappers++)
        {
            if (!NextTable(cursor) || StartTagEnd(cursor) is not (> 0 and var contentStart))
            {
                return null;
            }

            if (!IsWrapper(cursor, contentStart))
            {
                rowsStart = contentStart;
            }
        }

        if (rowsStart < 0)
        {
            return null;
        }

        var starts = new List<long> { rowsStart };
        long end = EntryTable.TableEnd(cursor, rowsStart, batchSize, starts);
        PacerDocketParser.RefuseOver(rowsStart + (end < 0 ? 0 : bytes.Length - end), wholeAtMost, "the report's header and what follows its entry rows");
        var header = bytes.Text(handle, 0, rowsStart);
        string? truncation = null;
        if (end < 0)
        {
            end = bytes.Length;
            truncation = EntryTable.CutShort(bytes, handle, header, rowsStart, starts[^1]);
            if (truncation is null)
            {
                return null;
            }
        }

        return new EntryBatches(bytes, starts, end, header, bytes.Text(handle, end, bytes.Length), truncation);
    }

    /// <summary>
    /// Reads every batch once, before any row is used: what the rows hold decides whether the page
    /// is a docket, whether it lists attachments, and whether a lookup of the header on
    /// <paramref name="tree"/> (the tree of <see cref="Remainder"/>) finds what it would find on the
    /// whole page. False when the report must be parsed whole instead.
    /// </summary>
    /// <param name="tree">The tree of <see cref="Remainder"/>.</param>
    /// <param name="labels">The labels the header is read by (an element's first text).</param>
    /// <param name="markers">The section comments the header is read by.</param>
    public bool Survey(MarkupTree tree, IReadOnlyList<string> labels, IReadOnlyList<string> markers)
    {
        var places = tree.Root.Descendants().Where(node => node.Kind == DomNodeKind.Comment && node.Text == PlaceText).Take(2).ToList();
        if (places is not [var place] || place.Parent is not { Name: "table" })
        {
            return false;
        }

        Place = place;
        _inForm = place.Ancestor("form") is not null;
        _surveyed.UnionWith(labels);
        _surveyed.UnionWith(markers);
        var labelSearch = System.Buffers.SearchValues.Create([.. labels], StringComparison.Ordinal);

        // Phrases of pages that are not dockets are looked for in each piece with its neighbours: the
        // header, every batch, the rest after the rows. Three contiguous pieces are a part of the
        // page, so a match there is a match on the page.
        string? before = null;
        var current = Remainder[.._headerLength];
        var batch = 0;
        foreach (var (text, table) in ParsedBatches())
        {
            NotADocket |= NonDocketPages.Mentions(current) && NonDocketPages.Matches(string.Concat(before, current, text));
            if (table is null)
            {
                return false;
            }

            Note(batch++, table, labelSearch, labels, markers);
            (before, current) = (current, text);
        }

        var rest = Remainder[(_headerLength + PlaceComment.Length)..];
        NotADocket |= NonDocketPages.Mentions(current) && NonDocketPages.Matches(string.Concat(before, current, rest));
        NotADocket |= NonDocketPages.Mentions(rest) && NonDocketPages.Matches(string.Concat(current, rest));
        return true;
    }

    /// <summary>True when the rows may hold <paramref name="key"/> (a label or section comment): surveyed and found, or never surveyed.</summary>
    public bool Mentions(string key) => !_surveyed.Contains(key) || _firstLabelled.ContainsKey(key) || _markersInRows.Contains(key);

    /// <summary>
    /// The tail (<see cref="DomNode.Tail"/>) of the first element in the rows labelled with any of
    /// <paramref name="labels"/>: Found is false when the rows hold none, and Known is false when
    /// some label was never surveyed.
    /// </summary>
    public (bool Known, bool Found, string? Tail) FirstTail(IEnumerable<string> labels)
    {
        (long Position, string? Tail)? first = null;
        foreach (var label in labels)
        {
            if (!_surveyed.Contains(label))
            {
                return (false, false, null);
            }

            if (_firstLabelled.TryGetValue(label, out var at) && (first is null || at.Position < first.Value.Position))
            {
                first = at;
            }
        }

        return (true, first is not null, first?.Tail);
    }

    /// <summary>The rows of the entries table, read and parsed one batch at a time as they are enumerated, in document order (rows of tables nested in them included).</summary>
    /// <exception cref="IOException">The report's file changed since the rows were found.</exception>
    public IEnumerable<DomNode> Rows()
    {
        foreach (var (_, table) in ParsedBatches())
        {
            foreach (var row in (table ?? throw new IOException($"{_bytes.Path}: the docket entry rows no longer read as they did")).DescendantElements("tr"))
            {
                yield return row;
            }
        }
    }

    // Each batch's text and the table it parses into (null when anything else stands beside it),
    // read from the report in order; a batch that cannot be parsed is refused with the report's line.
    private IEnumerable<(string Text, DomNode? Table)> ParsedBatches()
    {
        using var handle = _bytes.Open();
        var line = Remainder.AsSpan(0, _headerLength).Count('\n') + 1;
        for (var i = 0; i < _starts.Count; i++)
        {
            var text = BatchText(handle, i);
            yield return (text, TableOf(Parse(text, Closed(i), line)));
            line += text.AsSpan().Count('\n');
        }
    }

    private void Note(int batch, DomNode table, System.Buffers.SearchValues<string> labelSearch, IReadOnlyList<string> labels, IReadOnlyList<string> markers)
    {
        foreach (var node in table.Descendants())
        {
            if (node.Kind == DomNodeKind.Comment)
            {
                _markersInRows.UnionWith(markers.Where(marker => node.Text.Contains(marker, StringComparison.Ordinal)));
            }
            else if (node.IsElement)
            {
                ListsAttachments |= node.Name == "input" && node.Attribute("value") == "View Selected";
                if (MarkupTree.FirstChildText(node) is { } text && text.AsSpan().IndexOfAny(labelSearch) >= 0)
                {
                    foreach (var label in labels.Where(label => text.Contains(label, StringComparison.Ordinal)))
                    {
                        _firstLabelled.TryAdd(label, (((long)batch << 32) | (uint)node.Order, node.Tail));
                    }
                }
            }
        }
    }

    // A batch's rows as a table of their own, inside a form when the whole page's rows are (a form
    // tag among them is then ignored, as on the whole page). The last rows of a table cut short
    // end as the whole text does: where the report ends.
    private DomNode Parse(string rows, bool closed, int firstLine)
    {
        try
        {
            return HtmlTree.Parse(string.Concat(_inForm ? "<form><table>" : "<table>", rows, !closed ? "" : _inForm ? "</table></form>" : "</table>"));
        }
        catch (PacerReportException e)
        {
            throw e.InReportFrom(firstLine);
        }
    }


    private bool Closed(int batch) => Truncation is null || batch < _starts.Count - 1;

    // The table a batch was parsed into, or null when anything else stands beside it.
    private static DomNode? TableOf(DomNode root)
    {
        var node = root;
        while (node.Children is [{ IsElement: true } only])
        {
            if (only.Name == "table")
            {
                return only;
            }

            if (only.Name != "form")
            {
                return null;
            }

            node = only;
        }

        return null;
    }

    private string BatchText(SafeFileHandle? handle, int batch) =>
        _bytes.Text(handle, _starts[batch], batch + 1 < _starts.Count ? _starts[batch + 1] : _end);

    // Moves the cursor to the next table start tag; false when there is none.
    private static bool NextTable(ByteCursor cursor)
    {
        while (cursor.Find("<table"u8, ignoreCase: true) >= 0)
        {
            if (cursor.AtTag("<table"u8))
            {
                return true;
            }

            cursor.Position++;
        }

        return false;
    }

    // The offset after the start tag at the cursor ('>' outside quoted attribute values), or -1.
    private static long StartTagEnd(ByteCursor cursor)
    {
        byte quote = 0;
        for (var at = cursor.Position + 1; ; at++)
        {
            cursor.Position = at;
            if (cursor.AtEnd)
            {
                return -1;
            }

            var b = cursor.Peek(1)[0];
            if (quote != 0)
            {
                quote = b == quote ? (byte)0 : quote;
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == '>')
            {
                cursor.Position = at + 1;
                return at + 1;
            }
        }
    }

    // True when the table whose content starts at `from` opens with nothing but white space,
    // comments and start tags of a row, a cell or a body before its next table start tag: a table
    // that only wraps the rows table. Leaves the cursor at that next table when it is a wrapper.
    private static bool IsWrapper(ByteCursor cursor, long from)
    {
        cursor.Position = from;
        while (!cursor.AtEnd)
        {
            var b = cursor.Peek(1)[0];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')
            {
                cursor.Position++;
                continue;
            }

            if (b != '<')
            {
                return false;
            }

            if (cursor.At("<!--"u8))
            {
                cursor.Position += 4;
                if (cursor.Find("-->"u8) < 0)
                {
                    return false;
                }

                cursor.Position += 3;
                continue;
            }

            if (cursor.AtTag("<table"u8))
            {
                return true;
            }

            if (!(cursor.AtTag("<tr"u8) || cursor.AtTag("<td"u8) || cursor.AtTag("<tbody"u8)) || StartTagEnd(cursor) < 0)
            {
                return false;
            }
        }

        return false;
    }
}
