using Clerk.Pacer.District;
using Clerk.Pacer.Tests.Appellate;
using Clerk.Pacer.Tests.Conformance;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// A report cut off part way (an interrupted download) parses without throwing, keeping what
/// arrived, and says that it was cut and where it ends; a complete report never says so.
/// </summary>
public sealed class TruncatedReportTests
{
    [Fact]
    public void A_report_cut_inside_the_entry_table_keeps_the_header_parties_and_whole_entries()
    {
        var full = ReportSamples.Docket(ReportSamples.Parse(ReportSamples.Akd));
        var html = ReportSamples.Akd;
        // Cut in the middle of the last entry's docket text.
        int cut = html.IndexOf("Personal Page, Inc. on 12/30/08", StringComparison.Ordinal);
        Assert.True(cut > 0);

        var truncated = ReportSamples.Docket(ReportSamples.Parse(html[..cut]));

        Assert.Equal(full.DocketNumber, truncated.DocketNumber);
        Assert.Equal(full.CaseName, truncated.CaseName);
        Assert.Equal(full.Parties.Count, truncated.Parties.Count);
        Assert.Equal(full.EntryCount, truncated.EntryCount);
        Assert.Equal(full.Entries.Take(2), truncated.Entries.Take(2));
        Assert.StartsWith("AFFIDAVIT of Service for Complaint for Declaratory Judgment; and Summons served on", truncated.Entries.ElementAt(2).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_cut_inside_the_entry_table_says_where_it_ends_and_how_many_entries_were_read()
    {
        var html = ReportSamples.Akd;
        int cut = html.IndexOf("Personal Page, Inc. on 12/30/08", StringComparison.Ordinal);
        var lastLine = html.AsSpan(0, cut).Count('\n') + 1;
        var tableLine = html.AsSpan(0, html.LastIndexOf("<table", cut, StringComparison.OrdinalIgnoreCase)).Count('\n') + 1;

        var docket = ReportSamples.Docket(ReportSamples.Parse(html[..cut]));

        Assert.Equal(
            $"the report ends at line {lastLine} inside a table opened at line {tableLine} that is never closed; 3 docket entries were read",
            docket.Truncation);
    }

    [Fact]
    public void The_first_two_kilobytes_of_a_report_are_a_cut_report_not_a_case_of_unknown_title()
    {
        var docket = ReportSamples.Docket(ReportSamples.Parse(ReportSamples.Akd[..2048]));

        Assert.NotNull(docket.Truncation);
        Assert.StartsWith("the report ends at line ", docket.Truncation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_cut_between_its_tables_ends_without_its_closing_markup()
    {
        var html = ReportSamples.Akd;
        // After the header table with the case's dates, before the party table.
        int cut = html.IndexOf("</table>", html.IndexOf("Date Filed", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) + "</table>".Length;

        var result = ReportSamples.Parse(html[..cut]);

        Assert.EndsWith("without the </body> or </html> that closes the report; 0 docket entries were read", result.Docket?.Truncation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_cut_inside_a_tag_says_so()
    {
        var html = ReportSamples.Akd;
        int cut = html.IndexOf("<td", html.IndexOf("Docket Text", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) + 3;

        var docket = ReportSamples.Docket(ReportSamples.Parse(html[..cut]));

        Assert.Contains("inside the tag <td", docket.Truncation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appellate_report_cut_in_its_entries_says_where_it_ends()
    {
        var html = AppellateSamples.Report("23-1", "Doe v. Roe", "A. Lawyer", AppellateSamples.EntryRow("03/07/2023", "1", "BRIEF filed."));
        var cut = html[..html.IndexOf("BRIEF", StringComparison.Ordinal)];

        var result = PacerDocketParser.ParseText(cut, "ca5");

        Assert.Contains("that is never closed", result.Docket?.Truncation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_whose_tables_are_closed_is_complete()
    {
        var html = ReportSamples.WithEntryRows(ReportSamples.Akd, "<tr><td>01/02/2009</td><td>4</td><td>ORDER</td></tr>");
        var start = html.IndexOf("<h3", StringComparison.OrdinalIgnoreCase);
        var end = html.LastIndexOf("</table>", StringComparison.OrdinalIgnoreCase) + "</table>".Length;

        var docket = ReportSamples.Docket(ReportSamples.Parse(html[start..end]));

        Assert.Null(docket.Truncation);
    }

    public static TheoryData<string> Folders() => new("district", "bankruptcy", "appellate", "special", "fake-rss");

    [Theory]
    [MemberData(nameof(Folders))]
    public void No_fixture_report_is_taken_for_a_cut_one(string folder)
    {
        var flagged = new List<string>();
        foreach (var name in FixturePairs.Names(folder))
        {
            var path = Fixtures.Path("pacer-dockets", folder, name);
            var result = PacerDocketParser.Parse(File.ReadAllBytes(path), PacerDocketParser.CourtIdFromFileName(path));
            if (result.Docket?.Truncation is { } truncation)
            {
                flagged.Add($"{name}: {truncation}");
            }
        }

        Assert.True(flagged.Count == 0, string.Join("\n", flagged));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.9)]
    public void A_report_cut_anywhere_parses_as_a_cut_report_or_says_why_it_is_no_docket(double fraction)
    {
        var html = ReportSamples.Akd;
        var result = ReportSamples.Parse(html[..(int)(html.Length * fraction)]);

        Assert.True(result.Docket is DistrictDocket { Truncation: not null } || !string.IsNullOrWhiteSpace(result.NotDocketReason));
    }
}
