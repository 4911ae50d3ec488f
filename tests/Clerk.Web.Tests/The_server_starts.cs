using System.Net;

namespace Clerk.Web.Tests;

public sealed class The_server_starts(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Health_answers_200_once_ready()
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_case_list_shows_the_demo_civil_case()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync(new Uri("/cases", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/cases/rust-civil", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_inline_script_is_allowed()
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/cases", UriKind.Relative), TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var script = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", script);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_case_endpoints_and_the_reference_page_runs_only_nonced_script()
    {
        using var client = site.CreateClient();
        var doc = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/cases/{id}", doc, StringComparison.Ordinal);
        var page = await client.GetAsync(new Uri("/scalar/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"), m => Assert.Contains($"nonce=\"{nonce}\"", m.Value, StringComparison.Ordinal));
    }
}
