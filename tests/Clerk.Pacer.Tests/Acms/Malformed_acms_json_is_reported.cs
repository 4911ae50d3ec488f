using Clerk.Pacer.Acms;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Acms;

public sealed class Malformed_acms_json_is_reported
{
    [Theory]
    [InlineData("")]
    [InlineData("<html><body>not json</body></html>")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"caseDetails\": {\"caseNumber\": \"23-1\"}}")]
    [InlineData("{\"docketInfo\": {\"docketEntries\": []}}")]
    [InlineData("{\"caseDetails\": \"text\", \"docketInfo\": {}}")]
    public void Input_that_is_not_an_acms_docket_parses_to_nothing(string input) =>
        Assert.Null(AcmsDocketParser.TryParse(input, "ca9"));

    [Fact]
    public void Truncated_json_throws_a_one_line_reason()
    {
        var json = File.ReadAllText(Fixtures.Path("pacer-dockets", "acms", "ca9_22-21.acms_json"));

        var error = Assert.Throws<AcmsDocketFormatException>(() => AcmsDocketParser.TryParse(json[..(json.Length / 2)], "ca9"));

        Assert.StartsWith("ACMS docket JSON is malformed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_field_of_the_wrong_shape_is_named_in_the_error()
    {
        var json = AcmsSamples.Docket("""[{ "entryNumber": "nineteen", "docketEntryText": "<p>x</p>" }]""");

        var error = Assert.Throws<AcmsDocketFormatException>(() => AcmsDocketParser.TryParse(json, "ca2"));

        Assert.Equal("docketInfo.docketEntries[0].entryNumber", error.Field);
        Assert.Contains("docketInfo.docketEntries[0].entryNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_list_that_is_not_a_list_is_named_in_the_error()
    {
        var error = Assert.Throws<AcmsDocketFormatException>(() => AcmsDocketParser.TryParse(AcmsSamples.Docket("{}"), "ca2"));

        Assert.Equal("docketInfo.docketEntries", error.Field);
    }
}
