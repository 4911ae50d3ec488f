using System.Text;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// A report that cannot be read in pieces is parsed as one tree, tens of times its size in memory;
/// over <see cref="PacerDocketParser.WholeReportBytesAtMost"/> it is refused with a reason instead.
/// A report read in pieces has no such bound. The bound is lowered here so that small reports stand
/// in for huge ones; the command tests refuse one over the real bound.
/// </summary>
public sealed class ReportsTooLargeToReadWholeTests
{
    private const long Bound = 5_000;

    private static PacerParseResult Parse(string content, string court) =>
        PacerDocketParser.Parse(ReportBytes.Of(Encoding.UTF8.GetBytes(content)), court, threshold: 1_000, batchSize: 1, wholeAtMost: Bound);

    private static string Fixture(string folder, string name) => File.ReadAllText(Fixtures.Path("pacer-dockets", folder, name));

    [Fact]
    public void A_page_without_an_entry_table_over_the_bound_is_refused_with_its_size_and_why()
    {
        var page = "<html><body><table>" + string.Concat(Enumerable.Repeat("<tr><td>01/01/2020</td><td>ORDER granting motion.</td></tr>\n", 200)) + "</table></body></html>";

        var e = Assert.Throws<PacerReportException>(() => Parse(page, "njd"));

        Assert.StartsWith(FormattableString.Invariant($"the report is {Encoding.UTF8.GetByteCount(page):N0} bytes and cannot be read in pieces"), e.Message, StringComparison.Ordinal);
        Assert.Contains("no \"Docket Text\" entry table", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("a report read whole may be at most 5,000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acms_report_over_the_bound_that_cannot_be_read_in_pieces_is_refused()
    {
        // caseDetails named twice: only the whole-text parse knows which one counts.
        var json = Fixture("acms", "ca9_22-21.acms_json");
        var twice = string.Concat("{\"caseDetails\": {}, ", json.AsSpan(json.IndexOf('{', StringComparison.Ordinal) + 1));
        Assert.True(twice.Length > Bound);

        var e = Assert.Throws<PacerReportException>(() => Parse(twice, "ca9"));

        Assert.Contains("an ACMS report whose JSON is not one object with its case details and a list of docket entries", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appellate_page_whose_rows_cannot_be_read_apart_is_refused()
    {
        // ca1_3 has no DOCKET ENTRIES section comment.
        var page = Fixture("appellate", "ca1_3.html");
        Assert.True(page.Length > Bound);

        var e = Assert.Throws<PacerReportException>(() => Parse(page, "ca1"));

        Assert.Contains("no entry rows after a DOCKET ENTRIES section comment", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("district", "akd.html", "akd")]
    [InlineData("appellate", "ca1.html", "ca1")]
    [InlineData("acms", "ca9_22-21.acms_json", "ca9")]
    public void A_report_read_in_pieces_over_the_bound_is_parsed(string folder, string name, string court)
    {
        var report = Encoding.UTF8.GetBytes(Fixture(folder, name));

        // Read whole, the report would be refused; read in pieces, only its header and what follows its
        // entries are parsed whole, and they are under the bound.
        var parsed = PacerDocketParser.Parse(ReportBytes.Of(report), court, threshold: 1_000, batchSize: 1, wholeAtMost: report.Length - 1);

        Assert.NotNull(parsed.Docket);
        Assert.Equal(PacerDocketParser.Parse(report, court).Docket!.EntryCount, parsed.Docket.EntryCount);
    }

    [Theory]
    [InlineData("district", "akd.html", "akd", "entry table")]
    [InlineData("appellate", "ca1.html", "ca1", "entry rows")]
    public void A_report_read_in_pieces_whose_other_parts_are_over_the_bound_is_refused(string folder, string name, string court, string rows)
    {
        // The report with three times its size of paragraphs after its entries, and a bound of twice its size.
        var html = Fixture(folder, name);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var padded = string.Concat(html[..end], string.Concat(Enumerable.Repeat("<p>filler</p>\n", html.Length * 3 / 14)), html[end..]);
        var bound = 2L * Encoding.UTF8.GetByteCount(html);

        var e = Assert.Throws<PacerReportException>(() =>
            PacerDocketParser.Parse(ReportBytes.Of(Encoding.UTF8.GetBytes(padded)), court, threshold: 1_000, batchSize: 1, wholeAtMost: bound));

        Assert.StartsWith($"the report's header and what follows its {rows} are ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(FormattableString.Invariant($"parsed whole; a report read whole may be at most {bound:N0} bytes"), e.Message, StringComparison.Ordinal);
        Assert.NotNull(PacerDocketParser.Parse(ReportBytes.Of(Encoding.UTF8.GetBytes(html)), court, threshold: 1_000, batchSize: 1, wholeAtMost: bound).Docket);
    }

    [Fact]
    public void A_report_within_the_bound_is_parsed_whole_as_before()
    {
        var page = Fixture("appellate", "ca1_3.html");

        var parsed = PacerDocketParser.Parse(ReportBytes.Of(Encoding.UTF8.GetBytes(page)), "ca1", threshold: 1_000, batchSize: 1, wholeAtMost: page.Length + 1);

        Assert.NotNull(parsed.Docket);
    }
}
