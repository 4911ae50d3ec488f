using Microsoft.Playwright;

namespace Clerk.Web.BrowserTests;

public sealed class The_demo_in_a_browser(ClerkServer server, Browser browser)
{
    private async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var context = await browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = server.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        // The machine is shared with builds: give a slow first render time rather than fail on load.
        page.SetDefaultNavigationTimeout(90_000);
        page.SetDefaultTimeout(60_000);
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}; server output: {server.Output}");
        return page;
    }

    [Fact]
    public async Task The_civil_case_shows_its_timeline_the_two_denied_motions_and_the_limitation_check()
    {
        var page = await OpenAsync("/cases/rust-civil");
        var timeline = page.Locator("svg.timeline");
        await Assertions.Expect(timeline).ToBeVisibleAsync();
        var box = await timeline.BoundingBoxAsync();
        Assert.True(box is { Width: > 600, Height: > 100 }, $"the timeline is drawn too small: {box?.Width}x{box?.Height}");
        Assert.Equal(2, await page.Locator("svg.timeline .tl-ruling").CountAsync());

        var denied = page.Locator("tr.motion", new() { HasText = "denied" });
        Assert.Equal(2, await denied.CountAsync());
        await Assertions.Expect(denied.Filter(new() { HasText = "Motion to dismiss" })).ToBeVisibleAsync();
        await Assertions.Expect(denied.Filter(new() { HasText = "Motion to stay" })).ToBeVisibleAsync();

        var check = page.Locator(".limitation");
        await Assertions.Expect(check).ToContainTextAsync("last day to sue 2024-10-21");
        await Assertions.Expect(check).ToContainTextAsync("timely");
        await Assertions.Expect(check.Locator("blockquote")).ToContainTextAsync("untimely");
        await Screenshots.SaveAsync(page, "case-page");
    }

    [Fact]
    public async Task A_timeline_item_leads_to_its_source()
    {
        var page = await OpenAsync("/cases/rust-civil");
        await page.Locator("svg.timeline a.tl-ruling").First.ClickAsync();
        await page.WaitForURLAsync("**/sources/**");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Alec Baldwin's legal troubles");
    }

    [Fact]
    public async Task On_a_phone_the_case_page_fits_the_screen()
    {
        var page = await OpenAsync("/cases/rust-civil", 390, 844);
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 390, $"the page is {scroll} px wide on a 390 px screen");
        await Screenshots.SaveAsync(page, "case-page-phone");
    }

    [Fact]
    public async Task The_incident_shows_the_criminal_case_and_the_civil_suit_on_one_timeline()
    {
        var page = await OpenAsync("/incidents/rust-shooting");
        var timeline = page.Locator("svg.timeline");
        await Assertions.Expect(timeline).ToBeVisibleAsync();
        await Assertions.Expect(timeline).ToContainTextAsync("State of New Mexico");
        await Assertions.Expect(timeline).ToContainTextAsync("crew members");
        await Screenshots.SaveAsync(page, "incident-timeline");
    }

    [Fact]
    public async Task The_calendar_shows_the_month_with_the_deadline_on_its_day()
    {
        var page = await OpenAsync("/calendar?month=2023-09");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("September 2023");
        var cell = page.Locator("table.calendar td", new() { Has = page.Locator("li") });
        Assert.Equal(1, await cell.CountAsync());
        await Assertions.Expect(cell.Locator(".day-number")).ToHaveTextAsync("7");
        await Screenshots.SaveAsync(page, "calendar");
    }
}
