using System.Net;

namespace Clerk.Web.Tests.Forms;

public sealed class History_shows_each_field_before_and_after(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task A_statement_changed_through_its_form_shows_who_and_its_text_before_and_after_escaped_on_the_case_page_and_its_own_history()
    {
        const string Path = "/cases/rust-civil/edit/statement/schwartz-injustice";
        const string Old = "The ruling against dismissing the suit is a \"real injustice\" and \"unnecessary\".";
        const string New = "The ruling is a <b>real injustice</b>.";
        using var editor = await Browsing.AsAsync(site, "editor");
        var form = await editor.PageAsync(Path);
        Assert.Equal(Old, Browsing.FieldOf(form, "Text").QuerySelector("textarea")!.TextContent);
        var post = await editor.SubmitAsync(form, Path, ("Text", [New]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        using var viewer = await Browsing.AsAsync(site, "viewer");
        var response = await viewer.Client.GetPathAsync("/cases/rust-civil");
        var html = await response.Content.ReadAsStringAsync(Http.Ct);
        Assert.DoesNotContain("<b>real injustice</b>", html, StringComparison.Ordinal);
        var page = Browsing.Parse(html);
        var change = page.QuerySelectorAll("#history ~ ol.history li.change").Single(li => li.TextContent.Contains("statement schwartz-injustice", StringComparison.Ordinal));
        Assert.Contains("editor@example.org", change.QuerySelector(".actor")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("changed", change.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        var rows = change.QuerySelectorAll("table.changes tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal([["text", Old, New]], rows);

        var own = await viewer.PageAsync("/cases/rust-civil/history/statement/schwartz-injustice");
        Assert.Equal(["text", Old, New], own.QuerySelectorAll("table.changes tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task A_source_added_then_changed_shows_both_changes_on_its_page()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        var add = await editor.PageAsync("/edit/source");
        var added = await editor.SubmitAsync(add, "/edit/source", ("Id", ["ruling-order"]), ("Kind", ["court-record"]), ("Publisher", ["First Judicial District Court"]), ("Date", ["2023-08-23"]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.StartsWith("/sources/ruling-order", added.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var edit = await editor.PageAsync("/edit/source/ruling-order");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(edit, "/edit/source/ruling-order", ("Title", ["Order denying the motion to dismiss"]))).StatusCode);

        var page = await editor.PageAsync("/sources/ruling-order");
        var changes = page.QuerySelectorAll("ol.history li.change").ToList();
        Assert.Equal(2, changes.Count);
        // Newest first: the title set, then the source added with its fields.
        Assert.Equal(["title", "", "Order denying the motion to dismiss"], changes[0].QuerySelectorAll("tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("added", changes[1].QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        var addedFields = changes[1].QuerySelectorAll("tbody tr").ToDictionary(tr => tr.Children[0].TextContent, tr => (tr.Children[1].TextContent, tr.Children[2].TextContent));
        Assert.Equal(("", "First Judicial District Court"), addedFields["publisher"]);
        Assert.Equal(("", "2023-08-23"), addedFields["date"]);
    }

    [Fact]
    public async Task A_case_stayed_through_its_form_shows_its_new_status_and_the_change_in_its_own_history()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        var form = await editor.PageAsync("/cases/rust-criminal/edit");
        Assert.Equal("dismissed", Browsing.FieldOf(form, "Status").QuerySelector("option[selected]")!.GetAttribute("value"));
        var post = await editor.SubmitAsync(form, "/cases/rust-criminal/edit", ("Status", ["open"]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        var page = await editor.PageAsync("/cases/rust-criminal");
        Assert.Equal("open", page.QuerySelector(".facts .badge")!.TextContent);
        var own = await editor.PageAsync("/cases/rust-criminal/history/case/rust-criminal");
        Assert.Equal(["status", "dismissed", "open"], own.QuerySelectorAll("table.changes tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent));
    }
}
