using System.Net;
using Clerk.Domain;

namespace Clerk.Web.Tests.Forms;

public sealed class A_refused_form_shows_each_message_beside_its_field(PrivateSite site) : IClassFixture<PrivateSite>
{
    private const string StayForm = "/cases/rust-civil/edit/motion/rust-civil-stay";

    private async Task<Motion> StoredStayAsync()
    {
        using var store = site.OpenStore();
        return (await store.ReadCaseAsync(new CaseId("rust-civil"), Http.Ct))!.Motions.Single(m => m.Id.Value == "rust-civil-stay");
    }

    [Fact]
    public async Task A_wrong_date_and_a_blank_required_field_are_named_beside_their_inputs_which_keep_what_was_typed()
    {
        var before = await StoredStayAsync();
        using var editor = await Browsing.AsAsync(site, "editor");
        var form = await editor.PageAsync(StayForm);
        var post = await editor.SubmitAsync(form, StayForm, ("Ruling.Date", ["yesterday"]), ("Relief", [""]), ("Filed", ["2023-02-30"]));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        var page = Browsing.Parse(await post.Content.ReadAsStringAsync(Http.Ct));

        var date = Browsing.FieldOf(page, "Ruling.Date");
        Assert.Contains("expected a date", date.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("yesterday", date.QuerySelector("input")!.GetAttribute("value"));
        Assert.Equal("true", date.QuerySelector("input")!.GetAttribute("aria-invalid"));
        Assert.Contains("required", Browsing.FieldOf(page, "Relief").QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2023-02-30", Browsing.FieldOf(page, "Filed").QuerySelector("input")!.GetAttribute("value"));
        Assert.NotNull(Browsing.FieldOf(page, "Filed").QuerySelector(".field-error"));
        // A field that was right carries no message, and keeps its value.
        Assert.Null(Browsing.FieldOf(page, "Awaits").QuerySelector(".field-error"));
        Assert.Equal("rust-criminal", Browsing.FieldOf(page, "Awaits").QuerySelector("input")!.GetAttribute("value"));
        Assert.Contains("Not saved", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, await StoredStayAsync());
    }

    [Fact]
    public async Task Letters_in_a_number_are_named_beside_the_field_rather_than_read_as_blank()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        const string Path = "/cases/rust-civil/edit/entry";
        var form = await editor.PageAsync(Path);
        var post = await editor.SubmitAsync(form, Path, ("Sequence", ["first"]), ("Description", ["COMPLAINT"]), ("Sources", ["seed-report"]));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        var page = Browsing.Parse(await post.Content.ReadAsStringAsync(Http.Ct));
        Assert.Contains("\"first\"", Browsing.FieldOf(page, "Sequence").QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("COMPLAINT", Browsing.FieldOf(page, "Description").QuerySelector("textarea")!.TextContent);
        using var store = site.OpenStore();
        Assert.DoesNotContain((await store.ReadCaseAsync(new CaseId("rust-civil"), Http.Ct))!.Entries, e => e.Description == "COMPLAINT");
    }

    [Fact]
    public async Task A_new_claim_is_refused_first_for_its_claimant_then_for_its_source_keeping_what_was_typed_each_time()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        const string Path = "/cases/rust-civil/edit/claim";
        var form = await editor.PageAsync(Path);
        var post = await editor.SubmitAsync(form, Path, ("Cause", ["Negligent infliction of emotional distress"]), ("Against", ["baldwin"]), ("Allegations", ["one", "two <b>bold</b>"]));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync(Http.Ct);
        var page = Browsing.Parse(html);
        Assert.Contains("claimant", Browsing.FieldOf(page, "Claimants").QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        // The lines typed stay, as text, and so do the boxes ticked.
        var lines = page.QuerySelectorAll("input[name='Form.Allegations']").Select(i => i.GetAttribute("value")).Where(v => v is not null).ToList();
        Assert.Equal(["one", "two <b>bold</b>"], lines);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        Assert.Equal("checked", page.QuerySelectorAll("input[name='Form.Against']").Single(i => i.GetAttribute("value") == "baldwin").GetAttribute("checked"));

        // With a claimant, what is still missing is a source: named beside the sources.
        var again = await editor.SubmitAsync(page, Path, ("Claimants", ["rust-crew"]));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var second = Browsing.Parse(await again.Content.ReadAsStringAsync(Http.Ct));
        Assert.Contains("source", Browsing.FieldOf(second, "Sources").QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(Browsing.FieldOf(second, "Claimants").QuerySelector(".field-error"));
        Assert.Equal("Negligent infliction of emotional distress", Browsing.FieldOf(second, "Cause").QuerySelector("input")!.GetAttribute("value"));
        using var store = site.OpenStore();
        Assert.DoesNotContain((await store.ReadCaseAsync(new CaseId("rust-civil"), Http.Ct))!.Claims, c => c.CauseOfAction.StartsWith("Negligent infliction", StringComparison.Ordinal));
    }
}
