using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>
/// Reads a CM/ECF district or bankruptcy docket report ("DktRpt.pl" output). The rules follow
/// the report's structure: the header table holding "Date Filed:", the party table whose rows
/// carry bold/underlined role headings, and the entry table that follows the "Docket Text" heading.
/// </summary>
public static partial class DistrictDocketParser
{
    /// <summary>
    /// The parse of <paramref name="html"/>, or null with <paramref name="reason"/> when the page is
    /// not a docket report (an error page, an empty report, a login or query form).
    /// </summary>
    public static DistrictDocket? TryParse(string html, string courtId, out string? reason) =>
        TryParse(html, courtId, StreamedEntries.DefaultThreshold, out reason);

    /// <summary>As <see cref="TryParse(string, string, out string?)"/>, reading the entry table in batches when the text is longer than <paramref name="streamingThreshold"/> characters.</summary>
    internal static DistrictDocket? TryParse(string html, string courtId, int streamingThreshold, out string? reason, int batchSize = StreamedEntries.DefaultBatchSize)
    {
        html = HtmlCleaning.Clean(html);
        var error = HtmlCleaning.FindErrorPage(html);
        if (error is not null)
        {
            reason = $"the page is a PACER message, not a docket report (it says \"{error}\")";
            return null;
        }

        if (html.Length > streamingThreshold && StreamedEntries.TrySplit(html, batchSize) is { } split)
        {
            return TryParse(HtmlTree.Parse(split.Remainder), courtId, split.Entries, out reason);
        }

        return TryParse(HtmlTree.Parse(html), courtId, null, out reason);
    }

    internal static DistrictDocket? TryParse(DomNode root, string courtId, StreamedEntries? streamed, out string? reason)
    {
        if (!HasFilledRow(root))
        {
            reason = "the page has no table rows with content, so it holds no docket";
            return null;
        }

        var docket = new ReportReader(root, courtId, streamed).Read();
        if (docket.DocketNumber is null && docket.DateFiled is null && docket.OrderedBy is null && docket.Parties.Count == 0)
        {
            reason = "the page has no case number, no \"Date Filed:\" header, no party table and no \"Docket Text\" entry table";
            return null;
        }

        reason = null;
        return docket;
    }

    private static bool HasFilledRow(DomNode root) => root.DescendantElements("tr").Any(tr => tr.Children.Any(child => !child.IsText));
}
