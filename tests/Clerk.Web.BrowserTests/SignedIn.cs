using Microsoft.Playwright;

namespace Clerk.Web.BrowserTests;

/// <summary>A browser context signed in as the server's editor through the sign-in form.</summary>
internal static class SignedIn
{
    public static async Task<IPage> AsEditorAsync(ClerkServer server, Browser browser)
    {
        var context = await browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = server.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        // The machine is shared with builds: give a slow first render time rather than fail on load.
        page.SetDefaultNavigationTimeout(90_000);
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("E-mail address").FillAsync(ClerkServer.EditorEmail);
        await page.GetByLabel("Password").FillAsync(server.EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/cases", new() { Timeout = 90_000 });
        return page;
    }
}
