using Clerk.Rules.Courts;
using Clerk.Testing;
using NodaTime;

namespace Clerk.Rules.Tests.Courts;

public sealed class The_court_table
{
    private static readonly CourtTable Table = RuleBook.Default.Courts;

    /// <summary>The court ids of the PACER fixtures: each file name up to its first '_' or '.'.</summary>
    public static TheoryData<string> FixtureCourtIds() =>
    [
        .. Directory.EnumerateFiles(Fixtures.Path("pacer-dockets"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".acms_json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Select(name => name[..name.IndexOfAny(['_', '.'])])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(FixtureCourtIds))]
    public void Lists_every_court_id_of_the_PACER_fixtures(string courtId) =>
        Assert.NotNull(Table.Find(courtId));

    [Fact]
    public void Lists_the_ninety_four_district_courts_and_a_bankruptcy_court_for_each()
    {
        // 28 U.S.C. 81-131 create 91 districts in the states, the District of Columbia and Puerto Rico; Guam, the
        // Northern Mariana Islands and the Virgin Islands have territorial district courts: 94 in all. Arkansas's one
        // bankruptcy court has two PACER ids, one per district, so the bankruptcy ids are also 94.
        Assert.Equal(94, Table.All.Count(c => c.Kind == CourtKind.District));
        Assert.Equal(94, Table.All.Count(c => c.Kind == CourtKind.Bankruptcy));
        Assert.Equal(14, Table.All.Count(c => c.Kind == CourtKind.Appellate)); // 11 numbered circuits, D.C., Federal, Veterans Claims
    }

    [Fact]
    public void Gives_each_court_a_time_zone_that_exists()
    {
        Assert.All(Table.All, c => Assert.NotNull(DateTimeZoneProviders.Tzdb.GetZoneOrNull(c.TimeZone)));
    }

    [Theory]
    [InlineData("nmd", "us-fed-nm", "America/Denver", false)]
    [InlineData("nmb", "us-fed-nm", "America/Denver", false)]
    [InlineData("akd", "us-fed", "America/Anchorage", false)]
    [InlineData("ca10", null, "America/Denver", true)]
    [InlineData("bap9", null, "America/Los_Angeles", true)]
    [InlineData("nm-district-court", "us-nm", "America/Denver", false)]
    [InlineData("nm-court-of-appeals", null, "America/Denver", true)]
    // Its id starts with "nm", and the old prefix rule put it in New Mexico's rule set and time zone.
    [InlineData("nmid", "us-fed", "Pacific/Saipan", false)]
    // Knoxville keeps Eastern time although most of Tennessee keeps Central.
    [InlineData("tned", "us-fed", "America/New_York", false)]
    public void Answers_rule_set_time_zone_and_appellate_for_a_court(string id, string? ruleSet, string zone, bool appellate)
    {
        var court = Table.Find(id);

        Assert.NotNull(court);
        Assert.Equal((ruleSet, zone, appellate), (court.RuleSet, court.TimeZone, court.Appellate));
        Assert.Equal(appellate, Table.IsAppellate(id));
    }

    [Fact]
    public void Calls_every_court_of_appeals_and_bankruptcy_appellate_panel_appellate_and_nothing_else()
    {
        Assert.All(Table.All, c => Assert.Equal(c.Kind is CourtKind.Appellate or CourtKind.Bap or CourtKind.StateAppellate, c.Appellate));
        Assert.All(Table.All.Where(c => c.Id.StartsWith("bap", StringComparison.Ordinal)), c => Assert.True(Table.IsAppellate(c.Id)));
        Assert.False(Table.IsAppellate("xyz"));
        Assert.Null(Table.Find("xyz"));
    }

    [Fact]
    public void Names_only_rule_sets_the_rule_book_has()
    {
        Assert.All(Table.All.Where(c => c.RuleSet is not null), c => Assert.Contains(c.RuleSet, RuleBook.Default.RuleSetIds));
    }
}
