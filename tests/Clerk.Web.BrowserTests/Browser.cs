using Microsoft.Playwright;

namespace Clerk.Web.BrowserTests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>./test.sh</c>) driven headless by Playwright; no
/// browser is ever downloaded. A missing Chromium fails every test that needs it, with the reason.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException($"Chromium is not installed at {ChromiumPath}: run ./test.sh, which installs Debian's chromium package", ChromiumPath);
        }

        _playwright = await Playwright.CreateAsync();
        // The sandbox needs user namespaces, which containers and CI runners as root often lack.
        Chromium = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
