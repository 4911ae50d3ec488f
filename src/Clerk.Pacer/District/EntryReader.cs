using System.Text.RegularExpressions;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>
/// Reads the docket entry rows: filed date, number (with its document link and sequence
/// number), and the docket text. Rows without a date continue the entry above them.
/// </summary>
internal sealed partial class EntryReader(DomNode root, string courtId, bool isBankruptcy)
{
    [GeneratedRegex("'(.*?)'")]
    private static partial Regex QuotedArgument();

    private static readonly Regex[] MergedColumnDescriptions =
    [
        new(@"^[\s\u00a0]*\d+[\s\u00a0]+\(\d+[\s\u00a0]+pgs;[\s\u00a0]\d+[\s\u00a0]docs\)[\s\u00a0]+(.*)", RegexOptions.CultureInvariant),
        new(@"^[\s\u00a0]*\d+[\s\u00a0]+\(\d+[\s\u00a0]+pgs\)[\s\u00a0]+(.*)", RegexOptions.CultureInvariant),
        new(@"^[\s\u00a0]*\d+[\s\u00a0]+(.*)", RegexOptions.CultureInvariant),
        new(@"^[\s\u00a0]*(.*)", RegexOptions.CultureInvariant),
    ];

    // txnb prints the number and the text in one column.
    private bool MergesNumberAndText => courtId == "txnb";

    /// <summary>
    /// Reads the entry rows (the heading row excluded) in order, as they are enumerated: an entry is
    /// given out once the next one starts, since the undated rows after it may add attachments.
    /// </summary>
    public IEnumerable<DocketEntry> Read(IEnumerable<DomNode> rows)
    {
        DocketEntry? last = null;
        bool viewMultipleDocuments = root.DescendantElements("form").Any(f => f.Attribute("name") == "view_multi_docs");
        var attachments = new AttachmentReader(courtId, isBankruptcy);
        foreach (var row in rows)
        {
            var cells = CellsWithoutInputs(row);
            if (viewMultipleDocuments && cells.Count == 4 && PyText.Strip(cells[2].TextContent()).Length == 0)
            {
                cells.RemoveAt(2);
            }

            if (viewMultipleDocuments && cells.Count == 5)
            {
                cells.RemoveAt(3);
            }

            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Count == 4)
            {
                cells.RemoveAt(1);
            }

            var dateText = cells[0].TextContent();
            if (PyText.IsBlank(dateText))
            {
                if (viewMultipleDocuments && cells.Count >= 3 && last is not null)
                {
                    last = attachments.Merge(last, cells[2]);
                }

                continue;
            }

            if (cells.Count < 2)
            {
                continue;
            }

            var number = DocumentNumber(cells[1]);
            var (docId, seqNo) = DocumentLink(cells[1], number);
            seqNo ??= SequenceFromCheckbox(row);
            var description = Description(cells);
            if (number is not null && !PyText.IsDigits(number))
            {
                continue;
            }

            if (last is not null)
            {
                yield return last;
            }

            last = new DocketEntry(
                CourtDate.Parse(dateText),
                ReportReader.EnteredDate(description),
                CourtText.CleanValueOrNull(number),
                CourtText.CleanValueOrNull(docId),
                CourtText.CleanValueOrNull(seqNo),
                CourtText.CleanValue(description));
        }

        if (last is not null)
        {
            yield return last;
        }
    }

    // The row's td children that hold no input (a checkbox column is not a column of the entry).
    private static List<DomNode> CellsWithoutInputs(DomNode row) =>
        [.. row.ChildElements("td").Where(cell => !cell.ChildElements("input").Any())];

    private string? DocumentNumber(DomNode cell)
    {
        foreach (var line in ReportText.BreakLines(cell))
        {
            var words = PyText.Split(line);
            if (words.Count == 0)
            {
                continue;
            }

            var first = words[0];
            if (MergesNumberAndText)
            {
                return PyText.IsDigits(first) ? first : null;
            }

            return first;
        }

        return null;
    }

    private static (string? DocId, string? SeqNo) DocumentLink(DomNode cell, string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return (null, null);
        }

        foreach (var anchor in cell.DescendantElements("a"))
        {
            if (PyText.Strip(anchor.TextContent()) != number)
            {
                continue;
            }

            var href = anchor.Attribute("href");
            if (href is null)
            {
                return (null, null);
            }

            return (DocumentIds.FromDocumentUrl(href), SequenceFromOnClick(anchor.Attribute("onclick")));
        }

        return (null, null);
    }

    internal static string? SequenceFromOnClick(string? onclick)
    {
        if (onclick is null || !onclick.Contains("goDLS", StringComparison.Ordinal))
        {
            return null;
        }

        var args = QuotedArgument().Matches(onclick);
        return args.Count > 2 ? args[2].Groups[1].Value : null;
    }

    private static string? SequenceFromCheckbox(DomNode row)
    {
        var input = row.DescendantElements("input").FirstOrDefault(i => i.Attribute("name") == "arr_de_seq_nums");
        if (input is null)
        {
            return null;
        }

        var id = input.Attribute("id");
        var value = input.Attribute("value");
        if (id is not null)
        {
            var idValue = id.StartsWith("arr_de_seq_nums_", StringComparison.Ordinal) ? id["arr_de_seq_nums_".Length..] : id;
            if (idValue != value)
            {
                return null;
            }
        }

        return value;
    }

    private string Description(List<DomNode> cells)
    {
        if (!MergesNumberAndText)
        {
            return cells.Count > 2 ? cells[2].TextContent() : "";
        }

        var s = cells[1].TextContent();
        foreach (var pattern in MergedColumnDescriptions)
        {
            var m = pattern.Match(s);
            if (m.Success)
            {
                return m.Groups[1].Value;
            }
        }

        return s;
    }
}
