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
}
