namespace Clerk.Web.Tests.Pages;

public sealed class Pages_escape_what_they_show : IClassFixture<DemoSite>
{
    private readonly DemoSite _site;

    public Pages_escape_what_they_show(DemoSite site)
    {
        _site = site;
        HostileEntry.StoreIn(site.DatabasePath);
    }

    private async Task<string> GetAsync(string path)
    {
        using var client = _site.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_docket_entry_with_a_script_tag_shows_as_text_on_the_case_page_and_in_its_timeline()
    {
        var html = await GetAsync("/cases/" + HostileEntry.CaseId);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        // Inside the SVG too: the entry's tooltip and label are escaped the same way.
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Markup_in_a_source_and_a_caption_shows_as_text_on_the_source_page_and_the_case_list()
    {
        var source = await GetAsync("/sources/hostile-source");
        Assert.DoesNotContain("<script>alert", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>clerk</b>", source, StringComparison.Ordinal);
        Assert.Contains("COMPLAINT", source, StringComparison.Ordinal);
        var list = await GetAsync("/cases?q=doe");
        Assert.DoesNotContain("<img src=x", list, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/cases/" + HostileEntry.CaseId, list, StringComparison.Ordinal);
    }
}
