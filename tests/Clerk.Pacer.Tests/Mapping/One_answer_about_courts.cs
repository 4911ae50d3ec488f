using Clerk.Pacer.Mapping;
using Clerk.Rules;

namespace Clerk.Pacer.Tests.Mapping;

/// <summary>The PACER mapping and the parser read courts from the rules data's court table and nowhere else.</summary>
public sealed class One_answer_about_courts
{
    public static TheoryData<string> CourtIds() =>
        [.. RuleBook.Default.Courts.All.Select(c => c.Id), "bap2", "ca12", "xyz", "NMD"];

    [Theory]
    [MemberData(nameof(CourtIds))]
    public void The_mapping_and_the_parser_give_the_table_s_answer_to_is_this_court_appellate(string courtId)
    {
        var expected = RuleBook.Default.Courts.Find(courtId)?.Appellate ?? false;

        Assert.Equal(expected, CourtDirectory.IsAppellate(courtId));
        Assert.Equal(expected, PacerDocketParser.IsAppellateCourt(courtId));
    }

    [Theory]
    [InlineData("bap1")]
    [InlineData("bap9")]
    [InlineData("bap10")]
    public void A_bankruptcy_appellate_panel_is_appellate_for_both(string courtId)
    {
        Assert.True(CourtDirectory.IsAppellate(courtId));
        Assert.True(PacerDocketParser.IsAppellateCourt(courtId));
    }

    [Fact]
    public void A_court_the_table_knows_is_mapped_with_its_name_zone_and_rule_set()
    {
        var nmd = RuleBook.Default.Courts.Find("nmd")!;

        Assert.Equal((nmd.Name, nmd.TimeZone, nmd.RuleSet), (CourtDirectory.Name("nmd"), CourtDirectory.TimeZone("nmd"), CourtDirectory.RuleSet("nmd")));
    }

    [Fact]
    public void An_unknown_court_gets_no_rule_set_and_UTC_rather_than_a_guess()
    {
        Assert.Null(CourtDirectory.RuleSet("xyz"));
        Assert.Equal("UTC", CourtDirectory.TimeZone("xyz"));
        Assert.Equal("U.S. court xyz (PACER)", CourtDirectory.Name("xyz"));
    }
}
