using Clerk.Pacer.District;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>A report cut off part way (an interrupted download) parses without throwing, keeping what arrived.</summary>
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
        Assert.Equal(full.Entries.Count, truncated.Entries.Count);
        Assert.Equal(full.Entries.Take(2), truncated.Entries.Take(2));
        Assert.StartsWith("AFFIDAVIT of Service for Complaint for Declaratory Judgment; and Summons served on", truncated.Entries[2].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.9)]
    public void A_report_cut_anywhere_parses_or_says_why_not(double fraction)
    {
        var html = ReportSamples.Akd;
        var result = ReportSamples.Parse(html[..(int)(html.Length * fraction)]);

        Assert.True(result.Docket is DistrictDocket || !string.IsNullOrWhiteSpace(result.NotDocketReason));
    }
}
