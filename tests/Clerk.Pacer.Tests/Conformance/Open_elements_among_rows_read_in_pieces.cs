using System.Text;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Conformance;

/// <summary>
/// An element whose content the HTML rules read as text or as foreign markup to its end tag
/// (<c>&lt;textarea&gt;</c>, <c>&lt;svg&gt;</c>, …), left open between two entry rows, takes every
/// row after it on the whole page. A large report's rows read in pieces give what the whole page
/// gives: such a report is parsed whole.
/// </summary>
public sealed class Open_elements_among_rows_read_in_pieces
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, name) in new[] { ("district", "cand_2.html"), ("district", "cacd.html"), ("bankruptcy", "azb_29.html") })
        {
            foreach (var open in new[] { "<xmp>", "<plaintext>", "<textarea>t", "<title>x", "<iframe>", "<template>", "<svg><g>", "<math>", "<noembed>", "<noframes>" })
            {
                data.Add($"{folder}/{name}", open);
            }
        }

        return data;
    }

    private static string Json(PacerParseResult result) =>
        result.Docket is null ? "not a docket: " + result.NotDocketReason : FixturePairs.Serialize(result);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_report_with_an_open_element_between_rows_reads_as_its_whole_text(string fixture, string open)
    {
        var path = Fixtures.Path("pacer-dockets", fixture.Split('/')[0], fixture.Split('/')[1]);
        var text = File.ReadAllText(path);
        var court = PacerDocketParser.CourtIdFromFileName(path);
        var heading = text.IndexOf("Docket Text", StringComparison.Ordinal);
        Assert.True(heading > 0, $"{fixture} has no entry table");
        var rows = new List<int>();
        for (var i = text.IndexOf("<tr", heading, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("<tr", i + 3, StringComparison.OrdinalIgnoreCase))
        {
            rows.Add(i);
        }

        Assert.True(rows.Count > 4, $"{fixture} has too few rows to put markup among");
        // Before the second entry row: the first row after the heading row is the first entry.
        var at = rows[1];
        var content = Encoding.UTF8.GetBytes(text[..at] + open + text[at..]);

        var whole = Json(PacerDocketParser.Parse(ReportBytes.Of(content), court, threshold: long.MaxValue, batchSize: 1));
        var pieces = Json(PacerDocketParser.Parse(ReportBytes.Of(content), court, threshold: 0, batchSize: 1));

        Assert.Equal(whole, pieces);
        // What is compared is the damage: the whole page loses the rows after the open element.
        Assert.NotEqual(Json(PacerDocketParser.Parse(ReportBytes.Of(Encoding.UTF8.GetBytes(text)), court, threshold: long.MaxValue, batchSize: 1)), whole);
    }
}
