using Clerk.Pacer.Acms;
using NodaTime;

namespace Clerk.Pacer.Tests.Acms;

public sealed class Acms_parties_and_entries
{
    private const string OneEntry = """
        [{ "endDateFormatted": "10/05/2023", "entryNumber": 19,
           "docketEntryText": "<p>NEW PARTY,&nbsp;SUBSTITUTED. [Entered: 10/05/2023 03:56 PM] [Edited: 10/06/2023 10:51 AM]</p>",
           "docketEntryId": "a6a6d3d6-b863-ee11-be6e-001dd804ed2e", "pageCount": 0 }]
        """;

    private static AcmsDocket Parse() => Assert.IsType<AcmsDocket>(AcmsDocketParser.TryParse(AcmsSamples.Docket(OneEntry), "ca2"));

    [Fact]
    public void A_terminated_line_under_a_party_gives_its_termination_date()
    {
        var party = Assert.Single(Parse().Parties);

        Assert.Equal("UNITED STATES DEPARTMENT OF JUSTICE", party.Name);
        Assert.Equal("Respondent", party.Type);
        Assert.Equal(new LocalDate(2023, 10, 6), party.DateTerminated);
    }

    [Fact]
    public void Padding_blocks_are_not_attorneys_and_a_terminated_line_stays_in_the_contact()
    {
        var attorney = Assert.Single(Assert.Single(Parse().Parties).Attorneys);

        Assert.Equal("Urja Mittal, -", attorney.Name);
        Assert.Equal(["US Attorney"], attorney.Roles);
        Assert.Equal("Terminated:  10/06/2023\nDirect: 202-353-4895\nCivil Division, Appellate Staff\nWashington, DC 20530", attorney.Contact);
    }

    [Fact]
    public void An_entry_reads_its_text_entered_time_and_filing_date()
    {
        var entry = Assert.Single(Parse().Entries);

        Assert.Equal(19, entry.DocumentNumber);
        Assert.Equal("NEW PARTY,\u00a0SUBSTITUTED. [Entered: 10/05/2023 03:56 PM] [Edited: 10/06/2023 10:51 AM]", entry.Description);
        Assert.Equal(new LocalDateTime(2023, 10, 5, 15, 56), entry.DateEntered);
        Assert.Equal(new LocalDateTime(2023, 10, 5, 0, 0), entry.DateFiled);
        Assert.Equal(0, entry.PageCount);
    }

    [Fact]
    public void The_lower_court_is_the_acms_court_object()
    {
        var origin = Parse().OriginatingCourt;

        Assert.NotNull(origin);
        Assert.Equal("Department of Justice", origin.Name);
        Assert.Equal("DOJ", origin.Identifier);
        Assert.Null(origin.RestrictedAlienNumber);
    }
}
