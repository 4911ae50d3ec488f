using Clerk.Rules;
using Ical.Net;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Web.BrowserTests;

public sealed class A_calendar_feed_from_the_account_page(ClerkServer server, Browser browser)
{
    [Fact]
    public async Task The_feed_made_on_the_account_page_downloads_and_parses_with_the_answer_deadline_under_its_stable_UID()
    {
        var page = await SignedIn.AsEditorAsync(server, browser);
        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a feed address" }).ClickAsync();
        var link = page.Locator("a.feed-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-feed");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var calendar = Calendar.Load(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!;

        // The motion to dismiss was denied on 2023-08-23: the responsive pleading is due under NMRA 1-012, and the
        // event is named by case, rule, trigger kind and trigger (docs/api.md), not by its date.
        var denied = new LocalDate(2023, 8, 23);
        var rule = RuleBook.Default.Catalogue("us-nm").Single(r => r.Id == "answer-after-motion-denied" && r.IsInForceOn(denied));
        var due = RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", denied, rule.Count, rule.Unit, rule.Direction)).Due;
        var answer = Assert.Single(calendar.Events, e => e.Uid == "rust-civil/answer-after-motion-denied/Motion/rust-civil-dismiss@clerk");
        Assert.Equal(LocalDatePattern.Iso.Format(due), answer.Start!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("/cases/rust-civil", answer.Url!.ToString(), StringComparison.Ordinal);
    }
}
