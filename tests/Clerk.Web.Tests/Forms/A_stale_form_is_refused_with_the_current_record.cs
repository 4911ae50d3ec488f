using System.Net;
using Clerk.Domain;

namespace Clerk.Web.Tests.Forms;

public sealed class A_stale_form_is_refused_with_the_current_record(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task A_save_over_a_change_made_since_the_form_was_opened_is_refused_and_shows_the_current_values_and_what_was_typed()
    {
        const string Path = "/cases/rust-civil/edit/motion/rust-civil-dismiss";
        using var editor = await Browsing.AsAsync(site, "editor");
        var opened = await editor.PageAsync(Path);

        // Meanwhile someone else changes the motion through the API.
        using var api = site.As("admin");
        var read = await api.GetPathAsync("/api/v1/cases/rust-civil/motions/rust-civil-dismiss");
        var body = await read.JsonAsync();
        body["relief"] = "Dismissal, as amended by the admin";
        Assert.Equal(HttpStatusCode.OK, (await api.SendJsonAsync(HttpMethod.Put, "/api/v1/cases/rust-civil/motions/rust-civil-dismiss", body, read.Headers.ETag!.Tag)).StatusCode);

        var post = await editor.SubmitAsync(opened, Path, ("Relief", ["Dismissal, as the editor typed it"]));
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        var page = Browsing.Parse(await post.Content.ReadAsStringAsync(Http.Ct));
        Assert.Contains("changed by someone else since you opened it", page.QuerySelector(".notice.stale")!.TextContent, StringComparison.Ordinal);
        // The form holds the current record, and its version now, so a second save is a deliberate one.
        Assert.Equal("Dismissal, as amended by the admin", Browsing.FieldOf(page, "Relief").QuerySelector("input")!.GetAttribute("value"));
        Assert.NotEqual(opened.QuerySelector("input[name=Version]")!.GetAttribute("value"), page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        var row = page.QuerySelectorAll(".notice.stale table.changes tbody tr").Single();
        Assert.Equal(["relief", "Dismissal, as amended by the admin", "Dismissal, as the editor typed it"], row.QuerySelectorAll("td").Select(td => td.TextContent));

        using (var store = site.OpenStore())
        {
            var motion = (await store.ReadCaseAsync(new CaseId("rust-civil"), Http.Ct))!.Motions.Single(m => m.Id.Value == "rust-civil-dismiss");
            Assert.Equal("Dismissal, as amended by the admin", motion.Relief);
        }

        // Saved again from the refreshed form, the change goes in.
        var again = await editor.SubmitAsync(page, Path, ("Relief", ["Dismissal, as the editor typed it"]));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        using (var store = site.OpenStore())
        {
            var motion = (await store.ReadCaseAsync(new CaseId("rust-civil"), Http.Ct))!.Motions.Single(m => m.Id.Value == "rust-civil-dismiss");
            Assert.Equal("Dismissal, as the editor typed it", motion.Relief);
        }
    }

    [Fact]
    public async Task A_source_saved_over_a_newer_version_is_refused_too()
    {
        const string Path = "/edit/source/seed-report";
        using var editor = await Browsing.AsAsync(site, "editor");
        var first = await editor.PageAsync(Path);
        var second = await editor.PageAsync(Path);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(first, Path, ("Title", ["First title"]))).StatusCode);
        var stale = await editor.SubmitAsync(second, Path, ("Title", ["Second title"]));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = Browsing.Parse(await stale.Content.ReadAsStringAsync(Http.Ct));
        Assert.Equal("First title", Browsing.FieldOf(page, "Title").QuerySelector("input")!.GetAttribute("value"));
        using var store = site.OpenStore();
        Assert.Equal("First title", store.Db.Sources.Single(s => s.Id == new SourceId("seed-report")).Title);
    }
}
