using System.Globalization;
using System.Text.RegularExpressions;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// Reads the docket entries section: one row per entry (date, document cell, text), and in
/// "view multiple documents" reports a following row holding the entry's attachment menu.
/// </summary>
internal static partial class DocketEntryTable
{
    [GeneratedRegex(@"Entered:\s+([—\d\-–/]+)", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredStamp();

    /// <summary>The text of the comment that opens the section.</summary>
    public const string Marker = "DOCKET ENTRIES";

    /// <summary>
    /// The entries in docket order, read as they are enumerated. Of a page parsed without its rows
    /// (<see cref="MarkupTree.Batches"/>), the rows are read from the report a batch at a time each
    /// time, in their place among the page's other rows.
    /// </summary>
    public static IEnumerable<AppellateDocketEntry> Read(MarkupTree tree)
    {
        var marker = tree.FindComment(Marker);
        if (marker is null)
        {
            yield break;
        }

        var listsAttachments = tree.Batches?.ListsAttachments == true || tree.Elements.Any(e => e.Name == "input" && e.Attribute("value") == "View Selected");

        // An entry is given once the row after it is read: that row may hold its attachments.
        AppellateDocketEntry? last = null;
        foreach (var row in Rows(marker, tree.Batches))
        {
            var cells = row.ChildElements("td").ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Count == 1)
            {
                if (cells[0].TextContent() == "No docket entries found.")
                {
                    break;
                }

                continue;
            }

            var dateText = cells[0].TextContent();
            if (PyText.Strip(dateText).Length == 0 && listsAttachments && cells.Count >= 3)
            {
                var attachments = ReadAttachments(cells[2]);
                if (attachments.Count > 0 && last is not null)
                {
                    last = last with { Attachments = attachments };
                }

                continue;
            }

            if (cells.Count < 3)
            {
                continue;
            }

            if (last is not null)
            {
                yield return last;
            }

            last = ReadEntry(dateText, cells[1], cells[2]);
        }

        if (last is not null)
        {
            yield return last;
        }
    }

    /// <summary>
    /// True when the rows left out of a page parsed without them are rows of the section that
    /// <paramref name="tree"/>'s section comment opens, as they are on the whole page.
    /// </summary>
    public static bool HoldsRows(MarkupTree tree) =>
        tree.Batches?.Place is { } place && tree.FindComment(Marker) is { } marker
        && marker.FollowingElements().Any(section => section.Name is "table" or "form" && section.IsAncestorOf(place));

    // The rows of the section's tables and forms in document order, with the rows read in batches in
    // their place.
    private static IEnumerable<DomNode> Rows(DomNode marker, EntryBatches? batches)
    {
        var pending = batches?.Place is not null;
        foreach (var section in marker.FollowingElements())
        {
            if (section.Name is not ("table" or "form"))
            {
                continue;
            }

            foreach (var row in section.DescendantElements("tr"))
            {
                if (pending && row.Order > batches!.Place!.Order)
                {
                    pending = false;
                    foreach (var read in batches.Rows())
                    {
                        yield return read;
                    }
                }

                yield return row;
            }
        }

        if (pending)
        {
            foreach (var read in batches!.Rows())
            {
                yield return read;
            }
        }
    }

    private static AppellateDocketEntry ReadEntry(string dateText, DomNode documentCell, DomNode textCell)
    {
        // The first text outside a font that is a number.
        var number = documentCell.DescendantTexts()
            .Where(text => text.Parent?.Name != "font")
            .Select(text => CourtText.CleanString(text.Text))
            .FirstOrDefault(PyText.IsDigits);

        var link = documentCell.DescendantElements("a").FirstOrDefault();
        var href = link?.Attribute("href");
        var docId = href is null ? null : DocumentIds.FromDocumentUrl(href, onReportPage: false);
        var seqNo = documentCell.DescendantElements("input").FirstOrDefault()?.Attribute("value");
        if (string.IsNullOrEmpty(number) && !string.IsNullOrEmpty(docId))
        {
            number = docId;
        }

        var description = textCell.TextContent();
        var entered = EnteredStamp().Match(description);
        return new AppellateDocketEntry(
            DateFiled: CourtDate.Parse(dateText),
            DateEntered: entered.Success ? CourtDate.Parse(entered.Groups[1].Value) : null,
            DocumentNumber: CourtText.CleanValueOrNull(number),
            PacerDocId: CourtText.CleanValueOrNull(docId),
            PacerSeqNo: CourtText.CleanValueOrNull(seqNo),
            Description: CourtText.CleanValue(description),
            Attachments: null);
    }

    // The attachment menu is a table nested in the third cell: its inner rows after the header.
    private static List<EntryAttachment> ReadAttachments(DomNode cell)
    {
        var rows = cell.ChildElements("table").SelectMany(table =>
            table.DescendantElements("tr").Where(row => row.Ancestors().TakeWhile(a => a != table).Any(a => a.Is("tr"))));
        var attachments = new List<EntryAttachment>();
        foreach (var row in rows.Skip(1))
        {
            var numberText = row.DescendantTexts().FirstOrDefault(t => t.Parent?.Name == "td")?.Text;
            if (numberText is null || !int.TryParse(PyText.Strip(numberText), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var cells = row.ChildElements("td").ToList();
            var description = cells.Count >= 4 && cells[3].DescendantTexts().FirstOrDefault() is { } first
                ? PyText.Strip(first.Text)
                : string.Empty;
            var value = row.DescendantElements("input").FirstOrDefault()?.Attribute("value");
            var parts = value?.Split(' ');
            int? pages = null;
            long? bytes = null;
            if (parts is { Length: 4 })
            {
                pages = int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
                bytes = long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b != 0 ? b : null;
            }

            var size = cells.Count > 0 ? CourtText.FileSize(cells[^1].TextContent()) : string.Empty;
            var href = row.DescendantElements("a").FirstOrDefault()?.Attribute("href");
            attachments.Add(new EntryAttachment(
                AttachmentNumber: number,
                Description: CourtText.CleanValue(description),
                PageCount: pages,
                FileSizeText: CourtText.CleanValue(size),
                FileSizeBytes: bytes,
                PacerDocId: href is null ? null : CourtText.CleanValue(DocumentIds.FromDocumentUrl(href, onReportPage: false)),
                PacerSeqNo: CourtText.CleanValueOrNull(parts?[0])));
        }

        return attachments;
    }
}
