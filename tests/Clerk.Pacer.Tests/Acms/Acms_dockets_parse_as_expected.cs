using Clerk.Pacer.Acms;
using Clerk.Pacer.Tests.Appellate;

namespace Clerk.Pacer.Tests.Acms;

public sealed class Acms_dockets_parse_as_expected
{
    public static TheoryData<string> Dockets() => AppellateFixtureCase.Inputs("acms", ".acms_json");

    [Theory]
    [MemberData(nameof(Dockets))]
    public void Each_acms_docket_parses_to_its_expected_json(string file) =>
        AppellateFixtureCase.Check("acms", file, AcmsDocketParser.TryParse);
}
