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
            reason = $"the page is a PACER message, not a docket report (it says \"{error}\")";
            return null;
        }

        var root = HtmlTree.Parse(html);
        return TryParse(root, courtId, out reason);
    }

    internal static DistrictDocket? TryParse(DomNode root, string courtId, out string? reason)
    {
        if (!HasFilledRow(root))
        {
            reason = "the page has no table rows with content, so it holds no docket";
            return null;
        }

        var report = new ReportReader(root, courtId);
        reason = null;
        return report.Read();
    }

    private static bool HasFilledRow(DomNode root)
    {
        foreach (var tr in root.DescendantElements("tr"))
        {
            foreach (var child in tr.Children)
            {
                if (!child.IsText)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
