using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Clerk.Web.Tests;

public sealed partial class Signing_in(PrivateSite site) : IClassFixture<PrivateSite>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    internal static string AntiforgeryToken(string html) => Antiforgery().Match(html).Groups[1].Value;

    private static async Task<(HttpClient Client, string Token)> FormAsync(PrivateSite site)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync(Http.U("/account/signin"), Http.Ct);
        return (client, AntiforgeryToken(html));
    }

    internal static FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [Fact]
    public async Task The_right_password_signs_in_with_a_cookie_and_the_account_page_shows_the_account()
    {
        var (client, token) = await FormAsync(site);
        using var _ = client;
        var post = await client.PostAsync(Http.U("/account/signin"), Form(("Email", "editor@example.org"), ("Password", site.Passwords["editor"]), ("__RequestVerificationToken", token)), Http.Ct);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var account = await client.GetStringAsync(Http.U("/account"), Http.Ct);
        Assert.Contains("editor@example.org", account, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPathAsync("/cases")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_stays_on_the_form_with_a_message()
    {
        var (client, token) = await FormAsync(site);
        using var _ = client;
        var post = await client.PostAsync(Http.U("/account/signin"), Form(("Email", "viewer@example.org"), ("Password", "wrong"), ("__RequestVerificationToken", token)), Http.Ct);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("wrong", await post.Content.ReadAsStringAsync(Http.Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetPathAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var (client, _) = await FormAsync(site);
        using var c = client;
        var post = await client.PostAsync(Http.U("/account/signin"), Form(("Email", "viewer@example.org"), ("Password", site.Passwords["viewer"])), Http.Ct);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task Text_from_users_is_shown_escaped()
    {
        using var editor = site.As("editor");
        var read = await editor.GetPathAsync("/api/v1/cases/rust-civil");
        var body = await read.JsonAsync();
        body["caption"] = "<script>alert(1)</script> v. Baldwin";
        Assert.Equal(HttpStatusCode.OK, (await editor.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil", body, read.Headers.ETag!.Tag)).StatusCode);
        var entry = new JsonObject { ["description"] = "<script>alert(2)</script>", ["filed"] = "2023-09-01", ["sources"] = new JsonArray("seed-report") };
        Assert.Equal(HttpStatusCode.Created, (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/cases/rust-civil/entries", entry)).StatusCode);

        var (client, token) = await FormAsync(site);
        using var _ = client;
        await client.PostAsync(Http.U("/account/signin"), Form(("Email", "viewer@example.org"), ("Password", site.Passwords["viewer"]), ("__RequestVerificationToken", token)), Http.Ct);
        var html = await client.GetStringAsync(Http.U("/cases"), Http.Ct);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        // The API keeps docket text exactly as given (served as JSON, never sniffed as HTML).
        var entries = (await (await editor.GetPathAsync("/api/v1/cases/rust-civil/entries")).JsonAsync()).AsArray();
        Assert.Contains(entries, e => e!["description"]!.GetValue<string>() == "<script>alert(2)</script>");
    }
}
