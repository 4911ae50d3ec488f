using System.Net;
using Clerk.App.Access;
using Clerk.Domain;
using Clerk.Web.Tests.Forms;
using NodaTime;

namespace Clerk.Web.Tests.Pages;

/// <summary>
/// The server keeps rendered case pages while the store is unchanged. Whatever changes the store, from
/// this server or from another process, and whoever looks, a page shows the case as it now stands.
/// </summary>
public sealed class Case_pages_follow_the_store(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task An_entry_written_by_another_process_shows_on_the_next_read()
    {
        using var viewer = await Browsing.AsAsync(site, "viewer");
        const string Text = "NOTICE OF HEARING written beside the running server";
        Assert.DoesNotContain(Text, (await viewer.PageAsync("/cases/rust-civil")).Body!.TextContent);

        using (var store = site.OpenStore())
        {
            var entry = new DocketEntry(new CaseId("rust-civil"), 900, null, new LocalDate(2025, 1, 6), null, Text);
            store.Save(new Matter { Entries = [entry], Citations = [new Citation(new SourceId("seed-report"), FactRef.Of(entry), null)] });
        }

        Assert.Contains(Text, (await viewer.PageAsync("/cases/rust-civil")).Body!.TextContent);
    }

    [Fact]
    public async Task A_viewer_not_on_a_linked_case_s_list_gets_the_page_without_it_right_after_one_who_is()
    {
        using var viewer = await Browsing.AsAsync(site, "viewer");
        using var outsider = await Browsing.AsAsync(site, "outsider");
        var restricted = $"/cases/{DemoSite.Restricted.Value}";

        Assert.NotEmpty((await viewer.PageAsync("/cases/rust-civil")).QuerySelectorAll($"a[href='{restricted}']"));
        var seen = await outsider.PageAsync("/cases/rust-civil");
        Assert.Empty(seen.QuerySelectorAll($"a[href='{restricted}']"));
        Assert.DoesNotContain("State of New Mexico v.", seen.Body!.TextContent);
    }

    [Fact]
    public async Task A_case_restricted_after_it_was_read_is_gone_for_those_not_on_its_list()
    {
        using var outsider = await Browsing.AsAsync(site, "outsider");
        await outsider.PageAsync("/cases/rust-civil");

        using (var store = site.OpenStore())
        {
            await new CaseAccessService(store).RestrictAsync(Viewer.Operator, new CaseId("rust-civil"), ["viewer@example.org"], Http.Ct);
        }

        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetPathAsync("/cases/rust-civil")).StatusCode);
            using var viewer = await Browsing.AsAsync(site, "viewer");
            await viewer.PageAsync("/cases/rust-civil");
        }
        finally
        {
            using var store = site.OpenStore();
            await new CaseAccessService(store).OpenAsync(Viewer.Operator, new CaseId("rust-civil"), Http.Ct);
        }
    }
}
