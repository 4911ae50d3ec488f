using System.Net;
using System.Text.Json.Nodes;

namespace Clerk.Web.Tests;

public sealed class Api_access_by_token_and_role(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task Without_a_token_or_with_a_wrong_one_the_API_answers_401_with_problem_details()
    {
        using var anonymous = site.As(null);
        var none = await anonymous.GetPathAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Contains(none.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "clerk_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetPathAsync("/api/v1/cases/rust-civil")).StatusCode);
    }

    [Fact]
    public async Task Pages_without_signing_in_send_the_visitor_to_sign_in()
    {
        using var anonymous = site.As(null);
        var page = await anonymous.GetPathAsync("/cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/signin", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetPathAsync("/account/signin")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_but_an_edit_is_403_and_leaves_the_case_as_it_was()
    {
        using var viewer = site.As("viewer");
        var read = await viewer.GetPathAsync("/api/v1/cases/rust-civil");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.JsonAsync();
        body["caption"] = "Changed by a viewer";
        var put = await viewer.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil", body, read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.NotEqual("Changed by a viewer", (await (await viewer.GetPathAsync("/api/v1/cases/rust-civil")).JsonAsync())["caption"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_editor_adds_a_docket_entry_and_reads_it_back_with_its_history()
    {
        using var editor = site.As("editor");
        var entry = new JsonObject { ["description"] = "Notice of appearance", ["filed"] = "2023-09-01", ["sources"] = new JsonArray("seed-report") };
        var post = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/cases/rust-civil/entries", entry);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.NotNull(post.Headers.ETag);
        var location = post.Headers.Location!.ToString();
        var read = await editor.GetPathAsync(location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Notice of appearance", (await read.JsonAsync())["description"]!.GetValue<string>());
        var history = (await (await editor.GetPathAsync(location + "/history")).JsonAsync()).AsArray();
        var change = Assert.Single(history)!;
        Assert.Equal("editor@example.org", change["actor"]!.GetValue<string>());
        Assert.Null(change["before"]);
    }

    [Fact]
    public async Task A_restricted_case_is_404_for_an_admin_not_on_its_list_and_readable_by_a_viewer_on_it()
    {
        using var admin = site.As("admin");
        var hidden = await admin.GetPathAsync($"/api/v1/cases/{DemoSite.Restricted}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var unknown = await admin.GetPathAsync("/api/v1/cases/rust-nothing");
        Assert.Equal((await unknown.JsonAsync())["detail"]!.GetValue<string>().Replace("rust-nothing", DemoSite.Restricted.Value, StringComparison.Ordinal),
            (await hidden.JsonAsync())["detail"]!.GetValue<string>());
        using var viewer = site.As("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetPathAsync($"/api/v1/cases/{DemoSite.Restricted}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetPathAsync($"/api/v1/cases/{DemoSite.Restricted}/charges")).StatusCode);
    }
}
