using System.Text;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>Pages that are not docket reports give no docket and a one-line reason.</summary>
public sealed class UnknownLayoutTests
{
    [Theory]
    [InlineData("<html><body><p>Welcome to PACER</p></body></html>")]
    [InlineData("<table><tr><td>Name</td><td>Value</td></tr></table>")]
    [InlineData("")]
    [InlineData("plain text, no markup at all")]
    [InlineData("<html><body><h1>Case not found.</h1></body></html>")]
    public void A_page_without_docket_structure_is_not_a_docket_and_says_why(string html)
    {
        var result = ReportSamples.Parse(html);

        Assert.Null(result.Docket);
        Assert.False(string.IsNullOrWhiteSpace(result.NotDocketReason));
        Assert.DoesNotContain('\n', result.NotDocketReason);
    }

    [Fact]
    public void Json_that_is_not_an_acms_docket_is_not_a_docket()
    {
        var result = PacerDocketParser.Parse(Encoding.UTF8.GetBytes("""{"hello": "world"}"""), "ca9");

        Assert.Null(result.Docket);
        Assert.False(string.IsNullOrWhiteSpace(result.NotDocketReason));
    }

    [Fact]
    public void Binary_noise_is_not_a_docket_and_does_not_throw()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);

        var result = PacerDocketParser.Parse(noise, "akd");

        Assert.Null(result.Docket);
    }
}
