using System.Net;
using System.Text.Json.Nodes;

namespace Clerk.Web.Tests;

public sealed class Api_writes_need_the_current_version(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task A_case_is_updated_with_the_JSON_GET_returned_and_its_ETag()
    {
        using var editor = site.As("editor");
        var read = await editor.GetPathAsync("/api/v1/cases/rust-civil");
        var body = await read.JsonAsync();
        body["status"] = "stayed";
        var put = await editor.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil", body, read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(read.Headers.ETag.Tag, put.Headers.ETag!.Tag);
        var again = await editor.GetPathAsync("/api/v1/cases/rust-civil");
        Assert.Equal("stayed", (await again.JsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(put.Headers.ETag.Tag, again.Headers.ETag!.Tag);

        // The first ETag is stale now: the write is refused and the case keeps the newer status.
        body["status"] = "closed";
        var stale = await editor.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil", body, read.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(put.Headers.ETag.Tag, stale.Headers.ETag!.Tag);
        Assert.Equal("stayed", (await (await editor.GetPathAsync("/api/v1/cases/rust-civil")).JsonAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_without_If_Match_is_428()
    {
        using var editor = site.As("editor");
        var body = await (await editor.GetPathAsync("/api/v1/cases/rust-civil/motions/rust-civil-stay")).JsonAsync();
        var put = await editor.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil/motions/rust-civil-stay", body);
        Assert.Equal((HttpStatusCode)428, put.StatusCode);
    }

    [Fact]
    public async Task A_wrong_field_is_400_problem_details_naming_it_by_its_JSON_name()
    {
        using var editor = site.As("editor");
        var read = await editor.GetPathAsync("/api/v1/cases/rust-civil/motions/rust-civil-stay");
        var body = await read.JsonAsync();
        body["status"] = "sideways";
        body["ruling"]!["date"] = "yesterday";
        var put = await editor.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil/motions/rust-civil-stay", body, read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        var errors = (await put.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["ruling.date", "status"], errors.Select(kv => kv.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_new_claim_without_a_source_names_the_sources_field()
    {
        using var editor = site.As("editor");
        var claim = new JsonObject { ["cause"] = "Negligence", ["claimants"] = new JsonArray("rust-crew"), ["against"] = new JsonArray("baldwin") };
        var post = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/cases/rust-civil/claims", claim);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(["sources"], (await post.JsonAsync())["errors"]!.AsObject().Select(kv => kv.Key));
    }
}
