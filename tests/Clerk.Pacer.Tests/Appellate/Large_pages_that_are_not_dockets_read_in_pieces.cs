using System.Text;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Appellate;

/// <summary>
/// A large appellate page read in pieces is found not to be a docket by the phrases PACER's own
/// pages carry, as the whole page is: wherever the phrase stands among the entry rows, within one
/// row or running across two, so across the boundary of two batches.
/// </summary>
public sealed class Large_pages_that_are_not_dockets_read_in_pieces
{
    private const string Restricted = "Access to the document you are about to view has been restricted. Do not allow it to be seen by unauthorized persons.";

    // ca1.html with `insert` put before the "[Entered:" stamp of its `nth` entry.
    private static byte[] WithBeforeEntry(int nth, string insert)
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "appellate", "ca1.html"));
        var at = -1;
        for (var i = 0; i < nth; i++)
        {
            at = html.IndexOf("[Entered:", at + 1, StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(string.Concat(html[..at], insert, html[at..]));
    }

    private static void AssertNotADocketEitherWay(byte[] page)
    {
        var whole = PacerDocketParser.Parse(page, "ca1");
        var pieces = PacerDocketParser.Parse(ReportBytes.Of(page), "ca1", threshold: 0, batchSize: 1);

        Assert.Null(whole.Docket);
        Assert.Null(pieces.Docket);
        Assert.Equal(whole.NotDocketReason, pieces.NotDocketReason);
    }

    [Fact]
    public void A_phrase_within_one_row_is_found()
    {
        AssertNotADocketEitherWay(WithBeforeEntry(3, Restricted));
    }

    [Fact]
    public void A_phrase_running_across_two_rows_on_one_line_is_found()
    {
        // The phrase starts in the third entry's text and ends in the fourth's, with the rows' markup between on one line.
        var split = Restricted.IndexOf(" Do not allow", StringComparison.Ordinal);
        var html = Encoding.UTF8.GetString(WithBeforeEntry(3, Restricted[..split] + " "));
        var rowEnd = html.IndexOf("</tr>", html.IndexOf(Restricted[..split], StringComparison.Ordinal), StringComparison.Ordinal) + "</tr>".Length;
        var nextRow = html.IndexOf("<tr>", rowEnd, StringComparison.OrdinalIgnoreCase);
        var joined = string.Concat(html[..rowEnd], html[rowEnd..nextRow].Replace("\n", " ", StringComparison.Ordinal), "<tr><td>" + Restricted[split..] + "</td></tr>", html[nextRow..]);

        AssertNotADocketEitherWay(Encoding.UTF8.GetBytes(joined));
    }

    [Fact]
    public void The_same_page_without_the_phrase_is_a_docket_either_way()
    {
        var page = WithBeforeEntry(3, "Access to the document was discussed. ");

        Assert.NotNull(PacerDocketParser.Parse(page, "ca1").Docket);
        Assert.NotNull(PacerDocketParser.Parse(ReportBytes.Of(page), "ca1", threshold: 0, batchSize: 1).Docket);
    }
}
