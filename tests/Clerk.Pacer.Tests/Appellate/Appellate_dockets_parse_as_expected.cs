using Clerk.Pacer.Appellate;

namespace Clerk.Pacer.Tests.Appellate;

public sealed class Appellate_dockets_parse_as_expected
{
    public static TheoryData<string> Reports() => AppellateFixtureCase.Inputs("appellate", ".html");

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_appellate_report_parses_to_its_expected_json(string file) =>
        AppellateFixtureCase.Check("appellate", file, AppellateDocketParser.TryParse);
}
