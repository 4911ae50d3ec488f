using System.Text;
using Clerk.Pacer.District;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>Real fixture reports, and variations of them made by editing their text.</summary>
internal static class ReportSamples
{
    /// <summary>The Alaska civil docket: three entries, four parties.</summary>
    public static string Akd => File.ReadAllText(Fixtures.Path("pacer-dockets", "district", "akd.html"));

    public static PacerParseResult Parse(string html, string court = "akd") =>
        PacerDocketParser.Parse(Encoding.UTF8.GetBytes(html), court);

    public static DistrictDocket Docket(PacerParseResult result) =>
        Assert.IsType<DistrictDocket>(result.Docket, exactMatch: true);

    /// <summary>The report's text with the entry rows (everything after the "Docket Text" heading row up to the table end) replaced.</summary>
    public static string WithEntryRows(string html, string rows)
    {
        int heading = html.IndexOf("Docket Text", StringComparison.Ordinal);
        int rowsStart = html.IndexOf("</tr>", heading, StringComparison.OrdinalIgnoreCase) + "</tr>".Length;
        int rowsEnd = html.IndexOf("</table>", rowsStart, StringComparison.OrdinalIgnoreCase);
        return string.Concat(html.AsSpan(0, rowsStart), rows, html.AsSpan(rowsEnd));
    }

    /// <summary>The entry rows of the report, as markup.</summary>
    public static string EntryRows(string html)
    {
        int heading = html.IndexOf("Docket Text", StringComparison.Ordinal);
        int rowsStart = html.IndexOf("</tr>", heading, StringComparison.OrdinalIgnoreCase) + "</tr>".Length;
        int rowsEnd = html.IndexOf("</table>", rowsStart, StringComparison.OrdinalIgnoreCase);
        return html[rowsStart..rowsEnd];
    }
}
