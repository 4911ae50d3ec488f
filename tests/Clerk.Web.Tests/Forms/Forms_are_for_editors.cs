using System.Net;

namespace Clerk.Web.Tests.Forms;

public sealed class Forms_are_for_editors(DemoSite site) : IClassFixture<DemoSite>
{
    // Every form: adding and changing each kind of record, and sources.
    private static readonly string[] FormPaths =
    [
        "/cases/rust-civil/edit",
        "/cases/rust-civil/edit/entry",
        "/cases/rust-civil/edit/motion",
        "/cases/rust-civil/edit/motion/rust-civil-dismiss",
        "/cases/rust-civil/edit/claim/rust-civil-unsafe-set",
        "/cases/rust-civil/edit/statement/schwartz-untimely",
        "/cases/rust-criminal/edit/charge",
        "/edit/source",
        "/edit/source/seed-report",
    ];

    [Theory]
    [InlineData("viewer")]
    [InlineData(null)]
    public async Task A_viewer_and_an_anonymous_visitor_get_403_and_no_form_on_every_form_page(string? account)
    {
        using var browsing = await Browsing.AsAsync(site, account);
        foreach (var path in FormPaths)
        {
            var response = await browsing.Client.GetPathAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} as {account ?? "anonymous"} answered {(int)response.StatusCode}");
            var page = Browsing.Parse(await response.Content.ReadAsStringAsync(Http.Ct));
            Assert.Null(page.QuerySelector("form.edit"));
        }
    }

    [Fact]
    public async Task A_viewer_posting_a_form_gets_403_and_nothing_is_saved()
    {
        using var browsing = await Browsing.AsAsync(site, "viewer");
        // The antiforgery token of the viewer's own session (from the account page): only the role stops the post.
        var account = await browsing.PageAsync("/account");
        var token = account.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browsing.Client.PostAsync(Http.U("/cases/rust-civil/edit/motion/rust-civil-dismiss"), Signing_in.Form(
            ("__RequestVerificationToken", token), ("Form.Relief", "changed by a viewer"), ("Form.Type", "dismiss"), ("Form.Movant", "baldwin"), ("Form.Status", "denied")), Http.Ct);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        using var store = site.OpenStore();
        var motion = (await store.ReadCaseAsync(new Clerk.Domain.CaseId("rust-civil"), Http.Ct))!.Motions.Single(m => m.Id.Value == "rust-civil-dismiss");
        Assert.NotEqual("changed by a viewer", motion.Relief);
    }

    [Fact]
    public async Task The_case_page_offers_the_forms_to_an_editor_and_not_to_a_viewer()
    {
        using var viewer = await Browsing.AsAsync(site, "viewer");
        var seen = await viewer.PageAsync("/cases/rust-civil");
        Assert.Empty(seen.QuerySelectorAll("a[href*='/edit']"));
        Assert.Empty(seen.QuerySelectorAll("a.edit-link, a.add-link"));
        // Everyone who may read the case may read its history.
        Assert.NotEmpty(seen.QuerySelectorAll("a[href='/cases/rust-civil/history/motion/rust-civil-dismiss']"));

        using var editor = await Browsing.AsAsync(site, "editor");
        var page = await editor.PageAsync("/cases/rust-civil");
        var links = page.QuerySelectorAll("a[href*='/edit']").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/cases/rust-civil/edit", links);
        Assert.Contains("/cases/rust-civil/edit/motion/rust-civil-dismiss", links);
        Assert.Contains("/cases/rust-civil/edit/motion", links);
        Assert.Contains("/cases/rust-civil/edit/entry", links);
        Assert.Contains("/cases/rust-civil/edit/claim/rust-civil-unsafe-set", links);
        Assert.Contains("/cases/rust-civil/edit/statement/schwartz-untimely", links);
        Assert.Contains("/edit/source/seed-report", links);

        var source = await editor.PageAsync("/sources/seed-report");
        Assert.NotEmpty(source.QuerySelectorAll("a[href='/edit/source/seed-report']"));
        var viewersSource = await viewer.PageAsync("/sources/seed-report");
        Assert.Empty(viewersSource.QuerySelectorAll("a[href*='/edit']"));
    }

    [Fact]
    public async Task An_editor_gets_each_form_filled_in_with_the_record()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        foreach (var path in FormPaths)
        {
            var page = await editor.PageAsync(path);
            Assert.NotNull(page.QuerySelector("form.edit input[name=__RequestVerificationToken]"));
        }

        var motion = await editor.PageAsync("/cases/rust-civil/edit/motion/rust-civil-dismiss");
        Assert.Equal("Dismissal of the crew members' civil suit", Browsing.FieldOf(motion, "Relief").QuerySelector("input")!.GetAttribute("value"));
        Assert.Equal("2023-08-23", Browsing.FieldOf(motion, "Ruling.Date").QuerySelector("input")!.GetAttribute("value"));
        Assert.Equal("denied", Browsing.FieldOf(motion, "Status").QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.False(string.IsNullOrEmpty(motion.QuerySelector("input[name=Version]")!.GetAttribute("value")));
    }

    [Fact]
    public async Task An_unknown_record_or_case_is_404_and_a_restricted_case_too_for_an_editor_not_on_its_list()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetPathAsync("/cases/rust-civil/edit/motion/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetPathAsync("/cases/nope/edit/motion")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetPathAsync("/edit/source/nope")).StatusCode);
        // The admin is not on the criminal case's list: for the admin it does not exist, form or no form.
        using var admin = await Browsing.AsAsync(site, "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetPathAsync("/cases/rust-criminal/edit/charge")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetPathAsync("/cases/rust-criminal/edit/charge")).StatusCode);
    }
}
