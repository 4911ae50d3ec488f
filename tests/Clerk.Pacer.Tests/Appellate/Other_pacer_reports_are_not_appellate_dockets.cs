using Clerk.Pacer.Acms;
using Clerk.Pacer.Appellate;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Appellate;

/// <summary>
/// District, bankruptcy and other PACER pages must be left to their own parsers: neither the
/// appellate nor the ACMS parser claims them, and neither throws on them.
/// </summary>
public sealed class Other_pacer_reports_are_not_appellate_dockets
{
    public static TheoryData<string> Folders() => ["district", "bankruptcy", "special", "fake-rss", "not_dockets"];

    [Theory]
    [MemberData(nameof(Folders))]
    public void No_page_of_another_report_kind_parses_as_an_appellate_or_acms_docket(string folder)
    {
        var claimed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Fixtures.Path("pacer-dockets", folder), "*.html"))
        {
            var html = File.ReadAllText(file);
            var court = AppellateFixtureCase.CourtIdOf(Path.GetFileName(file));
            if (AppellateDocketParser.TryParse(html, court) is not null || AcmsDocketParser.TryParse(html, court) is not null)
            {
                claimed.Add(Path.GetFileName(file));
            }
        }

        Assert.Empty(claimed);
    }
}
