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
    public static DistrictDocket? TryParse(string html, string courtId, out string? reason)
    {
        html = HtmlCleaning.Clean(html);
        var error = HtmlCleaning.FindErrorPage(html);
        if (error is not null)
        {
            reason = NotADocket(error);
            return null;
        }

        return TryParse(HtmlTree.Parse(html), courtId, null, false, out reason);
    }

    /// <summary>
    /// The parse of a large report read in pieces (<see cref="EntryTable"/>), or null when the
    /// report cannot be read so (no entry table that can be delimited, or a report cut short): the
    /// caller then parses its whole text. <paramref name="entriesRead"/> gives entries read from
    /// <paramref name="bytes"/> each time they are enumerated rather than held.
    /// </summary>
    internal static (DistrictDocket? Docket, string? Reason)? TryParseInPieces(ReportBytes bytes, string courtId, int batchSize, bool entriesRead, long wholeAtMost)
    {
        if (EntryTable.Find(bytes, batchSize, wholeAtMost) is not { } table)
        {
            return null;
        }

        var rest = HtmlCleaning.Clean(table.Remainder);
        if (table.Truncation is null && ReportEnd.Truncation(rest) is not null)
        {
            // Cut short after the entry table: said of the whole text, with its line numbers.
            return null;
        }

        if ((HtmlCleaning.FindErrorPage(rest) ?? table.ErrorPhrase) is { } error)
        {
            return (null, NotADocket(error));
        }

        var docket = TryParse(HtmlTree.Parse(rest), courtId, table, entriesRead, out var reason);
        if (docket is not null && table.Truncation is { } where)
        {
            docket.Truncation = ReportEnd.Described(where, docket.EntryCount);
        }

        return (docket, reason);
    }

    private static string NotADocket(string error) => $"the page is a PACER message, not a docket report (it says \"{error}\")";

    private static DistrictDocket? TryParse(DomNode root, string courtId, EntryTable? table, bool entriesRead, out string? reason)
    {
        if (!HasFilledRow(root))
        {
            reason = "the page has no table rows with content, so it holds no docket";
            return null;
        }

        var docket = new ReportReader(root, courtId, table, entriesRead).Read();
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
