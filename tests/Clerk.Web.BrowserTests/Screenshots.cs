using Clerk.Testing;
using Microsoft.Playwright;

namespace Clerk.Web.BrowserTests;

/// <summary>Saves full-page screenshots under <c>artifacts/screenshots/</c> in the repository, for people to look at.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Fixtures.RepositoryRoot, "artifacts", "screenshots")).FullName;

    public static async Task SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"the screenshot {path} is suspiciously small");
    }
}
