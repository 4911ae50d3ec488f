using System.Net;

namespace Clerk.Web.Tests;

public sealed class Api_lists_page_in_a_stable_order(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task Pages_of_one_case_put_together_are_the_whole_list_and_the_total_counts_it()
    {
        using var viewer = site.As("viewer");
        var all = await (await viewer.GetPathAsync("/api/v1/cases?limit=500")).JsonAsync();
        var ids = all["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, all["total"]!.GetValue<int>());
        Assert.True(ids.Count >= 2);
        var paged = new List<string>();
        for (var offset = 0; offset < ids.Count; offset++)
        {
            var page = await (await viewer.GetPathAsync($"/api/v1/cases?limit=1&offset={offset}")).JsonAsync();
            paged.Add(Assert.Single(page["items"]!.AsArray())!["id"]!.GetValue<string>());
        }

        Assert.Equal(ids, paged);
    }

    [Fact]
    public async Task A_filter_and_a_bad_limit()
    {
        using var viewer = site.As("viewer");
        var civil = await (await viewer.GetPathAsync("/api/v1/cases?kind=civil")).JsonAsync();
        Assert.All(civil["items"]!.AsArray(), c => Assert.Equal("civil", c!["kind"]!.GetValue<string>()));
        var bad = await viewer.GetPathAsync("/api/v1/cases?limit=0&kind=sideways");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["kind", "limit"], (await bad.JsonAsync())["errors"]!.AsObject().Select(kv => kv.Key).Order(StringComparer.Ordinal));
    }
}
