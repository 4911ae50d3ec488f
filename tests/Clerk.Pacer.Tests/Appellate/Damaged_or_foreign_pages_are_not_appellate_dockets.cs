using Clerk.Pacer.Appellate;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Appellate;

public sealed class Damaged_or_foreign_pages_are_not_appellate_dockets
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text, no markup at all")]
    [InlineData("{\"caseDetails\": {}}")]
    [InlineData("<html><body><table><tr><td>Docket Text</td></tr></table></body></html>")]
    [InlineData("<html><body><h3>CIVIL DOCKET FOR CASE #: 1:17-cv-00050</h3><table><tr><td>Date Filed</td><td>#</td><td>Docket Text</td></tr></table></body></html>")]
    public void A_page_without_an_appellate_case_stub_is_not_a_docket(string page) =>
        Assert.Null(AppellateDocketParser.TryParse(page, "ca1"));

    [Fact]
    public void A_report_cut_before_its_case_stub_is_not_a_docket()
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "appellate", "ca1.html"));
        var cut = html[..html.IndexOf("NEW SECTION - Case Stub", StringComparison.Ordinal)];

        Assert.Null(AppellateDocketParser.TryParse(cut, "ca1"));
    }

    [Fact]
    public void A_report_cut_inside_its_entries_keeps_the_docket_and_the_entries_before_the_cut()
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "appellate", "ca1.html"));
        var cut = html[..html.IndexOf("<tr><td valign=top>02/12/2010", StringComparison.Ordinal)];

        var docket = Assert.IsType<AppellateDocket>(AppellateDocketParser.TryParse(cut, "ca1"));

        Assert.Equal("10-1095", docket.DocketNumber);
        Assert.Equal(3, docket.Parties.Count);
        Assert.Equal(6, docket.Entries.Count());
        Assert.StartsWith("CIVIL CASE docketed.", docket.Entries.First().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_cut_anywhere_parses_without_throwing()
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "appellate", "ca1_46307.html"));
        var parsedSomewhere = false;
        for (var length = 0; length <= html.Length; length += 997)
        {
            var parsed = AppellateDocketParser.TryParse(html[..length], "ca1");
            parsedSomewhere |= parsed is not null;
        }

        Assert.True(parsedSomewhere);
    }
}
