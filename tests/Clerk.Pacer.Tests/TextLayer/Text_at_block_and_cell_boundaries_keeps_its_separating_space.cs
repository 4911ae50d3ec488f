using Clerk.Pacer.Appellate;
using Clerk.Pacer.District;
using Clerk.Pacer.Tests.Appellate;
using Clerk.Pacer.Tests.BadInput;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.TextLayer;

/// <summary>
/// A docket entry whose text holds a nested table: the white space between its rows and cells
/// separates their text, as in the reference parses ("Prior Filings Debtor", never
/// "Prior FilingsDebtor"), for every kind of HTML report.
/// </summary>
public sealed class Text_at_block_and_cell_boundaries_keeps_its_separating_space
{
    private const string NestedTable =
        "Voluntary Petition <table>\n<tr><td>Prior Filings</td></tr>\n<tr><td>Debtor</td>\n<td>Joint Debtor</td></tr>\n</table>\n<div>Filed by</div>\n<div>Jane Roe</div>";

    private const string Expected = "Voluntary Petition Prior Filings Debtor Joint Debtor Filed by Jane Roe";

    private static string EntryRow(string text) => $"<tr><td>01/02/2009</td><td>4</td><td>{text}</td></tr>";

    [Fact]
    public void A_district_entry_reads_the_rows_of_its_nested_table_as_separate_words()
    {
        var html = ReportSamples.WithEntryRows(ReportSamples.Akd, EntryRow(NestedTable));

        var docket = ReportSamples.Docket(ReportSamples.Parse(html));

        Assert.Equal(Expected, Assert.Single(docket.Entries).Description);
    }

    [Fact]
    public void A_bankruptcy_entry_reads_the_rows_of_its_nested_table_as_separate_words()
    {
        var report = File.ReadAllText(Fixtures.Path("pacer-dockets", "bankruptcy", "akb.html"));
        var html = ReportSamples.WithEntryRows(report, EntryRow(NestedTable));

        var docket = Assert.IsType<DistrictDocket>(ReportSamples.Parse(html, "akb").Docket, exactMatch: true);

        Assert.Equal(Expected, Assert.Single(docket.Entries).Description);
    }

    [Fact]
    public void An_appellate_entry_reads_the_rows_of_its_nested_table_as_separate_words()
    {
        var html = AppellateSamples.Report("23-1", "Doe v. Roe", "A. Lawyer", AppellateSamples.EntryRow("03/07/2023", "1", NestedTable));

        var docket = Assert.IsType<AppellateDocket>(AppellateDocketParser.TryParse(html, "ca5"));

        Assert.Equal(Expected, Assert.Single(docket.Entries).Description);
    }

    [Fact]
    public void Cells_written_without_white_space_between_them_join_as_the_reference_parser_joins_them()
    {
        // The reference reads an element's text as the concatenation of its text nodes: only the
        // space the report itself has between the cells separates them.
        var html = ReportSamples.WithEntryRows(ReportSamples.Akd, EntryRow("<table><tr><td>Prior Filings</td><td>Debtor</td></tr></table>"));

        var docket = ReportSamples.Docket(ReportSamples.Parse(html));

        Assert.Equal("Prior FilingsDebtor", Assert.Single(docket.Entries).Description);
    }
}
