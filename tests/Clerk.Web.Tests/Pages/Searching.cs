using System.Net;

namespace Clerk.Web.Tests.Pages;

/// <summary>The search page and <c>/api/v1/search</c> run the full-text index for the visitor.</summary>
public sealed class Searching : IClassFixture<DemoSite>
{
    private readonly DemoSite _site;

    public Searching(DemoSite site)
    {
        _site = site;
        HostileEntry.StoreIn(site.DatabasePath);
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var client = _site.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_phrase_from_the_defence_s_statement_finds_the_civil_case_with_the_words_marked()
    {
        var (status, html) = await GetAsync("/search?q=" + Uri.EscapeDataString("\"suit is untimely\""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/cases/rust-civil#statement-", html, StringComparison.Ordinal);
        Assert.Contains("<mark>suit</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<mark>untimely</mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_fact_filter_narrows_the_hits_to_that_kind_of_fact()
    {
        var (_, all) = await GetAsync("/search?q=baldwin");
        var (_, parties) = await GetAsync("/search?q=baldwin&fact=party");
        Assert.Contains("class=\"hit-kind\">claim<", all, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"hit-kind\">claim<", parties, StringComparison.Ordinal);
        Assert.Contains("class=\"hit-kind\">party<", parties, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_cannot_be_read_is_answered_400_with_the_reason_on_the_page()
    {
        var (status, html) = await GetAsync("/search?q=" + Uri.EscapeDataString("\"unclosed phrase"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("id=\"query-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_matching_docket_entry_shows_as_text_in_the_snippet()
    {
        var (status, html) = await GetAsync("/search?q=complaint+alert");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("/cases/" + HostileEntry.CaseId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_gives_hits_with_snippets_and_a_cursor_that_reaches_the_next_page()
    {
        var (status, body) = await GetAsync("/api/v1/search?q=baldwin&limit=2");
        Assert.Equal(HttpStatusCode.OK, status);
        var first = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.True(first["total"]!.GetValue<long>() > 2);
        Assert.Equal(2, first["hits"]!.AsArray().Count);
        var next = first["next"]!.GetValue<string>();
        var (_, body2) = await GetAsync("/api/v1/search?q=baldwin&limit=2&after=" + Uri.EscapeDataString(next));
        var second = System.Text.Json.Nodes.JsonNode.Parse(body2)!["hits"]!.AsArray();
        Assert.NotEmpty(second);
        var keys = first["hits"]!.AsArray().Concat(second).Select(h => $"{h!["case"]}/{h["kind"]}/{h["fact"]}").ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=%22open", "q")]
    [InlineData("/api/v1/search?q=baldwin&from=2024-13-01", "from")]
    [InlineData("/api/v1/search?q=baldwin&fact=nonsense", "fact")]
    [InlineData("/api/v1/search?q=baldwin&limit=0", "limit")]
    [InlineData("/api/v1/search?q=baldwin&after=garbage", "after")]
    public async Task A_bad_search_is_a_problem_naming_the_field(string path, string field)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(body)!["errors"]![field]);
    }
}
