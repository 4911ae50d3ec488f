namespace Clerk.Pacer.Tests.Files;

/// <summary>The court a report is read for: from --court or the file name, checked to be a PACER court id; and federal courts named in words.</summary>
public sealed class Court_ids
{
    [Theory]
    [InlineData("akd.html", "akd")]
    [InlineData("cacd_2.html", "cacd")]
    [InlineData("/some/dir/nysb_22.html", "nysb")]
    [InlineData("ca9.acms_json", "ca9")]
    [InlineData("flsb", "flsb")]
    public void The_court_id_is_the_file_name_up_to_the_first_underscore_or_dot(string path, string court) =>
        Assert.Equal(court, CourtIds.For(path, null));

    [Fact]
    public void A_file_name_that_is_no_court_id_is_refused_saying_how_to_name_the_court()
    {
        var refusal = Assert.Throws<PacerReportException>(() => CourtIds.For("/downloads/docket (1).html", null));

        Assert.Contains("\"docket (1)\"", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("--court ID", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_court_option_wins_over_the_file_name_and_is_checked_too()
    {
        Assert.Equal("akd", CourtIds.For("/downloads/docket (1).html", "akd"));
        Assert.Contains("--court \"Alaska\"", Assert.Throws<PacerReportException>(() => CourtIds.For("akd.html", "Alaska")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S.D.N.Y. (NEW YORK CITY)", "nysd")]
    [InlineData("S.D.N.Y . (NEW YORK CITY)", "nysd")]
    [InlineData("SDNY", "nysd")]
    [InlineData("E.D. Pa.", "paed")]
    [InlineData("D. Mass.", "mad")]
    [InlineData("D.N.J.", "njd")]
    [InlineData("M.D. Fla.", "flmd")]
    [InlineData("Bankr. S.D.N.Y.", "nysb")]
    [InlineData("Central District of California", "cacd")]
    [InlineData("District of Columbia", "dcd")]
    [InlineData("U.S. District Court for the Western District of Texas", "txwd")]
    public void A_federal_trial_court_named_in_words_has_its_pacer_id(string name, string id) =>
        Assert.Equal(id, CourtIds.FromName(name));

    [Theory]
    [InlineData("San Francisco Northern California")]
    [InlineData("OIL")]
    [InlineData("Board of Immigration Appeals")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_that_is_not_a_federal_trial_court_has_no_id(string? name) => Assert.Null(CourtIds.FromName(name));
}
