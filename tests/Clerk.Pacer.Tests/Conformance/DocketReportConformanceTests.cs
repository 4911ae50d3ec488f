namespace Clerk.Pacer.Tests.Conformance;

/// <summary>Every fixture pair of the district-court family parses to exactly its expected JSON.</summary>
public sealed class DocketReportConformanceTests
{
    public static TheoryData<string> District => FixturePairs.Names("district");

    public static TheoryData<string> Bankruptcy => FixturePairs.Names("bankruptcy");

    public static TheoryData<string> Special => FixturePairs.Names("special");

    public static TheoryData<string> FakeRss => FixturePairs.Names("fake-rss");

    public static TheoryData<string> NotDockets => FixturePairs.Names("not_dockets");

    [Theory]
    [MemberData(nameof(District))]
    public void A_district_report_parses_to_its_expected_json(string file) => FixturePairs.AssertMatches("district", file);

    [Theory]
    [MemberData(nameof(Bankruptcy))]
    public void A_bankruptcy_report_parses_to_its_expected_json(string file) => FixturePairs.AssertMatches("bankruptcy", file);

    [Theory]
    [MemberData(nameof(Special))]
    public void An_odd_layout_parses_to_its_expected_json(string file) => FixturePairs.AssertMatches("special", file);

    [Theory]
    [MemberData(nameof(FakeRss))]
    public void A_fake_rss_report_parses_to_its_expected_json(string file) => FixturePairs.AssertMatches("fake-rss", file);

    [Theory]
    [MemberData(nameof(NotDockets))]
    public void A_page_that_is_not_a_docket_parses_to_an_empty_object(string file) => FixturePairs.AssertMatches("not_dockets", file);
}
