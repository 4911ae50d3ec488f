namespace Clerk.Pacer.Tests.BadInput;

/// <summary>A docket without entries (a newly opened case) is still a docket.</summary>
public sealed class EmptyDocketTests
{
    [Fact]
    public void A_report_whose_entry_table_has_only_its_heading_has_no_entries_but_keeps_the_case()
    {
        var docket = ReportSamples.Docket(ReportSamples.Parse(ReportSamples.WithEntryRows(ReportSamples.Akd, "")));

        Assert.Empty(docket.Entries);
        Assert.Equal("3:08-cv-00284", docket.DocketNumber);
        Assert.Equal("West American Insurance Company v. Gifford", docket.CaseName);
        Assert.Equal(4, docket.Parties.Count);
        Assert.Equal("date_filed", docket.OrderedBy);
    }
}
