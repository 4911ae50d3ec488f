using System.Globalization;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>
/// Reads the attachment table a "view multiple documents" report puts in the row under an
/// entry. Row 0 describes the main document: its size and page count move onto the entry.
/// </summary>
internal sealed class AttachmentReader(string courtId, bool isBankruptcy)
{
    public DocketEntry Merge(DocketEntry entry, DomNode cell)
    {
        var attachments = cell.ChildElements("table").SelectMany(table => table.DescendantElements("tr")).Select(Read).OfType<EntryAttachment>().ToList();

        var details = entry.Details;
        // Python-style removal while iterating: after dropping row 0 the next row is not examined.
        for (int idx = 0; idx < attachments.Count; idx++)
        {
            var a = attachments[idx];
            if (a.PacerDocId == entry.PacerDocId && a.PacerSeqNo == entry.PacerSeqNo)
            {
                details = new EntryDocumentDetails(true, a.FileSizeBytes, a.FileSizeText, a.PageCount, details?.Attachments);
                if (idx == 0 && a.AttachmentNumber == 0)
                {
                    attachments.RemoveAt(0);
                }
            }
        }

        if (attachments.Count > 0)
        {
            details = (details ?? new EntryDocumentDetails(false, null, null, null, null)) with { Attachments = attachments };
        }

        return details is null ? entry : entry with { Details = details };
    }

    private EntryAttachment? Read(DomNode row)
    {
        var firstText = row.DescendantElements("td").SelectMany(td => td.Children).FirstOrDefault(c => c.IsText);
        if (firstText is null || !int.TryParse(PyText.Strip(firstText.Text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var cells = row.ChildElements("td").ToList();
        var download = row.DescendantElements("input").FirstOrDefault(i => i.Attribute("name") == "download_documents");
        long? bytes = ParseLong(download is not null ? IdPart(download, 1) : InputPart(row, 1));
        return new EntryAttachment(
            number,
            CourtText.CleanValue(Description(cells)),
            PageCount(row),
            CourtText.CleanValue(FileSizeText(cells)),
            bytes is 0 ? null : bytes,
            DocId(row, download),
            SequenceNumber(row));
    }

    // The description is the first text of the third cell (bankruptcy), else of the second, or the
    // third when an extra column makes five.
    private string Description(List<DomNode> cells)
    {
        int index = isBankruptcy ? 3 : cells.Count == 5 ? 3 : 2;
        if (cells.Count < index)
        {
            return "";
        }

        var text = cells[index - 1].Descendants().FirstOrDefault(d => d.IsText);
        return text is null ? "" : PyText.Strip(text.Text);
    }

    private static int? PageCount(DomNode row)
    {
        if (InputPart(row, 2) is { } fromInput && int.TryParse(fromInput, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n != 0)
        {
            return n;
        }

        foreach (var td in row.ChildElements("td"))
        {
            if (!td.TextContent().Contains("page", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var t in td.Children.Where(c => c.IsText))
            {
                var words = PyText.Split(t.Text);
                if (words.Count > 0 && int.TryParse(words[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var pages))
                {
                    return pages;
                }
            }
        }

        return null;
    }

    private static string FileSizeText(List<DomNode> cells) => cells.Count == 0 ? "" : CourtText.FileSize(cells[^1].TextContent());

    private string? DocId(DomNode row, DomNode? download)
    {
        var suffix = download is not null ? download.Attribute("value") : InputPart(row, 0);
        if (suffix is null)
        {
            return null;
        }

        return CourtDocumentPrefixes.For(courtId) is { } prefix ? $"{prefix}0{suffix}" : null;
    }

    private static string? SequenceNumber(DomNode row)
    {
        var input = row.DescendantElements("input").FirstOrDefault();
        var name = input?.Attribute("name");
        if (input is null || name is null)
        {
            return null;
        }

        if (name == "download_documents")
        {
            return IdPart(input, 0);
        }

        var parts = name.Split('_');
        return parts.Length > 2 ? parts[2] : null;
    }

    // The checkbox id "arr_de_seq_nums_57_17135" carries the sequence number and the size in bytes.
    private static string? IdPart(DomNode input, int index)
    {
        var id = input.Attribute("id");
        if (id is null)
        {
            return null;
        }

        if (id.StartsWith("arr_de_seq_nums_", StringComparison.Ordinal))
        {
            id = id["arr_de_seq_nums_".Length..];
        }

        var parts = id.Split('_');
        return parts.Length == 2 ? parts[index] : null;
    }

    // The checkbox value "8117526-1074119-64" carries the document id suffix, the size in bytes and the page count.
    private static string? InputPart(DomNode row, int index)
    {
        var input = row.DescendantElements("input").FirstOrDefault();
        var value = input?.Attribute("value");
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('-');
        return parts.Length == 3 ? parts[index] : null;
    }

    private static long? ParseLong(string? s) =>
        s is not null && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
