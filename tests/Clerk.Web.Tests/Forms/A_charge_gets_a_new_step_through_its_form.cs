using System.Net;

namespace Clerk.Web.Tests.Forms;

public sealed class A_charge_gets_a_new_step_through_its_form(PrivateSite site) : IClassFixture<PrivateSite>
{
    private const string Path = "/cases/rust-criminal/edit/charge/rust-criminal-manslaughter";

    [Fact]
    public async Task A_refiling_added_in_a_spare_row_shows_in_the_charge_and_its_history_and_a_bad_date_in_that_row_is_named_there()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        var form = await editor.PageAsync(Path);
        // The two steps stored, and spare rows for more.
        Assert.Equal("dismissed-without-prejudice", Browsing.FieldOf(form, "History[1].Status").QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Null(Browsing.FieldOf(form, "History[2].Status").QuerySelector("option[selected]:not([value=''])"));

        var bad = await editor.SubmitAsync(form, Path, ("History[2].Status", ["refiled"]), ("History[2].Date", ["soon"]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = Browsing.Parse(await bad.Content.ReadAsStringAsync(Http.Ct));
        Assert.Contains("expected a date", Browsing.FieldOf(refused, "History[2].Date").QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("refiled", Browsing.FieldOf(refused, "History[2].Status").QuerySelector("option[selected]")!.GetAttribute("value"));

        var good = await editor.SubmitAsync(refused, Path, ("History[2].Date", ["2024-01-19"]), ("History[2].Detail", ["A grand jury indicted him again"]));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        var page = await editor.PageAsync("/cases/rust-criminal");
        var charge = page.GetElementById("charge-rust-criminal-manslaughter")!;
        Assert.Equal("refiled", charge.QuerySelector("h3 .badge")!.TextContent);
        Assert.Contains("2024-01-19: A grand jury indicted him again", charge.QuerySelectorAll("ol.steps li")[^1].TextContent, StringComparison.Ordinal);
        var change = page.QuerySelectorAll("ol.history li.change")[0];
        var fields = change.QuerySelectorAll("tbody tr").ToDictionary(tr => tr.Children[0].TextContent, tr => (tr.Children[1].TextContent, tr.Children[2].TextContent));
        Assert.Equal(("", "refiled"), fields["history[2].status"]);
        Assert.Equal(("", "2024-01-19"), fields["history[2].date"]);
        Assert.True(fields.Count == 3, string.Join("; ", fields.Select(f => $"{f.Key}: {f.Value}")));
    }
}
