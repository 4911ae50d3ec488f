using System.Net;
using Clerk.App.Accounts;
using Clerk.Domain;

namespace Clerk.Web.Tests;

/// <summary>
/// Walks every page and endpoint that lists, counts or reads cases and shows the restricted case is
/// absent for a viewer not on its list, and present (so the walk can fail) for one on it.
/// </summary>
public sealed class A_restricted_case_is_absent_everywhere(PrivateSite site) : IClassFixture<PrivateSite>
{
    private static readonly string Id = DemoSite.Restricted.Value;

    /// <summary>Every API address that lists, counts or searches cases (pages add theirs to <see cref="PagesThatListCases"/>).</summary>
    public static TheoryData<string> Lists => new(
        "/api/v1/cases",
        "/api/v1/cases?kind=criminal",
        "/api/v1/incidents/rust-shooting",
        "/api/v1/deadlines",
        "/api/v1/search?q=Baldwin&limit=500",
        "/api/v1/cases/rust-civil/motions",
        "/api/v1/cases/rust-civil/deadlines");

    /// <summary>Every API address that reads the restricted case itself.</summary>
    public static TheoryData<string> Reads => new(
        $"/api/v1/cases/{Id}",
        $"/api/v1/cases/{Id}/parties",
        $"/api/v1/cases/{Id}/entries",
        $"/api/v1/cases/{Id}/motions",
        $"/api/v1/cases/{Id}/charges",
        $"/api/v1/cases/{Id}/claims",
        $"/api/v1/cases/{Id}/statements",
        $"/api/v1/cases/{Id}/deadlines",
        $"/api/v1/cases/{Id}/history");

    /// <summary>Pages (HTML) that list or count cases, read by an anonymous visitor of the demo site.</summary>
    public static TheoryData<string> PagesThatListCases => new("/cases", "/search?q=baldwin", "/search?q=%22suit+is+untimely%22");

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_leaves_it_out_for_an_outsider_and_shows_it_to_someone_on_its_list(string path)
    {
        using var outsider = site.As("outsider");
        using var insider = site.As("viewer");
        var outside = await outsider.GetPathAsync(path);
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.DoesNotContain(Id, await outside.Content.ReadAsStringAsync(Http.Ct), StringComparison.Ordinal);
        if (path.Contains("kind=criminal", StringComparison.Ordinal) || path == "/api/v1/cases" || path.StartsWith("/api/v1/incidents", StringComparison.Ordinal)
            || path.StartsWith("/api/v1/search", StringComparison.Ordinal))
        {
            Assert.Contains(Id, await (await insider.GetPathAsync(path)).Content.ReadAsStringAsync(Http.Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_count_of_cases_is_one_less_for_the_outsider()
    {
        using var outsider = site.As("outsider");
        using var insider = site.As("viewer");
        var outside = (await (await outsider.GetPathAsync("/api/v1/cases")).JsonAsync())["total"]!.GetValue<int>();
        var inside = (await (await insider.GetPathAsync("/api/v1/cases")).JsonAsync())["total"]!.GetValue<int>();
        Assert.Equal(inside - 1, outside);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_read_of_it_is_404_for_an_outsider_and_200_for_someone_on_its_list(string path)
    {
        using var outsider = site.As("outsider");
        using var insider = site.As("viewer");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetPathAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await insider.GetPathAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_outsider_s_feed_leaves_it_out_and_a_feed_of_it_cannot_be_made()
    {
        using var store = site.OpenStore();
        var accounts = new AccountService(store, NodaTime.SystemClock.Instance);
        var outsider = (await accounts.ViewerAsync("outsider@example.org", Http.Ct))!;
        var secret = await accounts.CreateFeedAsync(outsider, null, Http.Ct);
        var feed = await site.As(null).GetPathAsync($"/feeds/{secret}.ics");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.DoesNotContain(Id, await feed.Content.ReadAsStringAsync(Http.Ct), StringComparison.Ordinal);
        await Assert.ThrowsAsync<App.NotFoundException>(() => accounts.CreateFeedAsync(outsider, new CaseId(Id), Http.Ct));
    }
}

/// <summary>The same walk over pages, on the demo site where anonymous visitors read.</summary>
public sealed class A_restricted_case_is_absent_from_pages(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [MemberData(nameof(A_restricted_case_is_absent_everywhere.PagesThatListCases), MemberType = typeof(A_restricted_case_is_absent_everywhere))]
    public async Task An_anonymous_visitor_does_not_see_it(string path)
    {
        using var anonymous = site.As(null);
        var page = await anonymous.GetPathAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Http.Ct);
        Assert.Contains("rust-civil", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoSite.Restricted.Value, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_reads_the_demo_API_but_cannot_edit()
    {
        using var anonymous = site.As(null);
        var read = await anonymous.GetPathAsync("/api/v1/cases/rust-civil");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var put = await anonymous.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil", await read.JsonAsync(), read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetPathAsync($"/api/v1/cases/{DemoSite.Restricted}")).StatusCode);
    }
}
