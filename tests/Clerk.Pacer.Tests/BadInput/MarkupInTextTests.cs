using Clerk.Pacer.District;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>Markup in docket text is data: escaped markup comes back as text, scripts never run and leave no text.</summary>
public sealed class MarkupInTextTests
{
    private static DocketEntry OnlyEntry(string descriptionMarkup)
    {
        var row = "<tr><td>01/09/2009</td><td><a href=\"/doc1/0230436525\">4</a></td><td>" + descriptionMarkup + "</td></tr>";
        var docket = ReportSamples.Docket(ReportSamples.Parse(ReportSamples.WithEntryRows(ReportSamples.Akd, row)));
        return Assert.Single(docket.Entries);
    }

    [Fact]
    public void Escaped_script_markup_is_kept_as_literal_text() =>
        Assert.Equal("MOTION <script>alert('x')</script> to dismiss", OnlyEntry("MOTION &lt;script&gt;alert('x')&lt;/script&gt; to dismiss").Description);

    [Fact]
    public void A_script_element_in_the_text_is_dropped_with_its_code() =>
        Assert.Equal("MOTION to dismiss", OnlyEntry("MOTION <script>document.write('owned')</script>to dismiss").Description);

    [Fact]
    public void Formatting_tags_in_the_text_leave_only_their_words() =>
        Assert.Equal("ORDER granting 4 Motion", OnlyEntry("<b>ORDER</b> granting <a href='/doc1/1'>4</a> <i>Motion</i>").Description);

    [Fact]
    public void An_event_handler_attribute_does_not_leak_into_the_text() =>
        Assert.Equal("NOTICE", OnlyEntry("<img src=x onerror=\"alert(1)\">NOTICE").Description);
}
