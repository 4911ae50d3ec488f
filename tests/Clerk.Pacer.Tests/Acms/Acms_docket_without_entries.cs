using Clerk.Pacer.Acms;
using NodaTime;

namespace Clerk.Pacer.Tests.Acms;

public sealed class Acms_docket_without_entries
{
    [Fact]
    public void A_docket_with_an_empty_entry_list_keeps_its_case_and_parties()
    {
        var docket = Assert.IsType<AcmsDocket>(AcmsDocketParser.TryParse(AcmsSamples.Docket("[]"), "ca2"));

        Assert.Empty(docket.Entries);
        Assert.Equal("23-7246", docket.DocketNumber);
        Assert.Equal(new LocalDate(2023, 10, 3), docket.DateFiled);
        Assert.Equal("Agency, Non-Immigration Petition for Review", docket.CaseTypeInformation);
        Assert.Single(docket.Parties);
    }

    [Fact]
    public void A_docket_whose_entry_list_is_null_has_no_entries()
    {
        var docket = Assert.IsType<AcmsDocket>(AcmsDocketParser.TryParse(AcmsSamples.Docket("null"), "ca2"));

        Assert.Empty(docket.Entries);
    }
}
