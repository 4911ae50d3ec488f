using Clerk.Pacer.Appellate;

namespace Clerk.Pacer.Tests.Appellate;

public sealed class Pages_that_are_not_appellate_dockets_parse_to_nothing
{
    public static TheoryData<string> Pages() => AppellateFixtureCase.Inputs("not_appellate_dockets", ".html");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_non_docket_page_parses_to_the_empty_object(string file) =>
        AppellateFixtureCase.Check("not_appellate_dockets", file, AppellateDocketParser.TryParse);
}
