using Clerk.Pacer.Appellate;

namespace Clerk.Pacer.Tests.Appellate;

public sealed class Entry_text_keeps_markup_as_text
{
    private static string DescriptionOf(string entryText)
    {
        var html = AppellateSamples.Report("23-1", "Doe v. Roe", "A. Lawyer", AppellateSamples.EntryRow("03/07/2023", "1", entryText));
        var docket = Assert.IsType<AppellateDocket>(AppellateDocketParser.TryParse(html, "ca5"));
        return Assert.Single(docket.Entries).Description;
    }

    [Fact]
    public void Escaped_markup_in_an_entry_stays_literal_text()
    {
        var description = DescriptionOf("MOTION re &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt; filed.");

        Assert.Equal("MOTION re <script>alert(1)</script> & <b>x</b> filed.", description);
    }

    [Fact]
    public void Inline_markup_in_an_entry_contributes_only_its_text()
    {
        var description = DescriptionOf("ORDER <b>granting</b> motion [<a href='https://ecf.ca5.uscourts.gov/docs1/00506667755'>5</a>]");

        Assert.Equal("ORDER granting motion [5]", description);
    }

    [Fact]
    public void A_script_element_in_an_entry_is_dropped_with_its_code()
    {
        var description = DescriptionOf("BRIEF filed.<script>document.write('x')</script> [Entered: 03/07/2023 07:55 AM]");

        Assert.Equal("BRIEF filed. [Entered: 03/07/2023 07:55 AM]", description);
    }
}
