using Clerk.Pacer.Appellate;
using NodaTime;

namespace Clerk.Pacer.Tests.Appellate;

public sealed class Appellate_report_features
{
    private static AppellateDocket Parse(string html) =>
        Assert.IsType<AppellateDocket>(AppellateDocketParser.TryParse(html, "ca5"));

    [Fact]
    public void A_docket_number_inside_a_telephone_link_is_read_from_the_link()
    {
        var docket = Parse(AppellateSamples.Report("<a href=\"tel:23-30126\">23-30126</a>", "Doe v. Roe", "A. Lawyer", string.Empty));

        Assert.Equal("23-30126", docket.DocketNumber);
    }

    [Fact]
    public void The_case_name_spells_the_united_states_out()
    {
        var docket = Parse(AppellateSamples.Report("23-30126", "USA v. Broussard", "A. Lawyer", string.Empty));

        Assert.Equal("United States v. Broussard", docket.CaseName);
    }

    [Fact]
    public void Attorney_lines_split_into_name_roles_and_contact()
    {
        var attorney = "Thomas Phillips<br>Direct: <a href=\"tel:337-262-6618\">337-262-6618</a><br>[COR LD NTC Government]<br>"
            + "800 Lafayette Street<br><br>\nCamille Domingue<br>[COR NTC Government]<br>Suite 2200";

        var party = Assert.Single(Parse(AppellateSamples.Report("23-1", "Doe v. Roe", attorney, string.Empty)).Parties);

        Assert.Equal("United States of America", party.Name);
        Assert.Equal("Plaintiff\u00a0-\u00a0Appellee", party.Type);
        Assert.Collection(
            party.Attorneys,
            first =>
            {
                Assert.Equal("Thomas Phillips", first.Name);
                Assert.Equal(["COR LD NTC Government"], first.Roles);
                // The link around the number leaves the extra space the conformance parses carry.
                Assert.Equal("Direct:  337-262-6618\n800 Lafayette Street", first.Contact);
            },
            second =>
            {
                Assert.Equal("Camille Domingue", second.Name);
                Assert.Equal("Suite 2200", second.Contact);
            });
    }

    [Fact]
    public void Entry_dates_numbers_and_entered_stamps_are_read()
    {
        var rows = AppellateSamples.EntryRow("03/07/2023", "1", "NOTICE filed. [Entered: 03/08/2023 07:55 AM]");

        var entry = Assert.Single(Parse(AppellateSamples.Report("23-1", "Doe v. Roe", "A. Lawyer", rows)).Entries);

        Assert.Equal(new LocalDate(2023, 3, 7), entry.DateFiled);
        Assert.Equal(new LocalDate(2023, 3, 8), entry.DateEntered);
        Assert.Equal("1", entry.DocumentNumber);
        Assert.Null(entry.PacerDocId);
    }
}
