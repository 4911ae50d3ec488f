using Clerk.Rules;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Web.BrowserTests;

public sealed class Editing_in_a_browser(ClerkServer server, Browser browser)
{
    [Fact]
    public async Task An_editor_adds_a_judgment_to_the_docket_through_the_form_and_the_case_page_shows_its_deadlines()
    {
        // The demo's civil case is in a New Mexico district court (rule set us-nm): a judgment starts the time to appeal.
        var judgment = new LocalDate(2024, 3, 11);
        var rule = RuleBook.Default.Catalogue("us-nm").Single(r => r.Id == "notice-of-appeal" && r.IsInForceOn(judgment));
        var due = LocalDatePattern.Iso.Format(RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-nm", judgment, rule.Count, rule.Unit, rule.Direction)).Due);

        var page = await SignedIn.AsEditorAsync(server, browser);
        await page.GotoAsync("/cases/rust-civil");
        var appeal = page.Locator("table.deadlines tr.deadline", new() { HasText = "Notice of appeal" });
        Assert.Equal(0, await appeal.CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a docket entry" }).ClickAsync();
        await page.WaitForURLAsync("**/cases/rust-civil/edit/entry");
        await page.GetByLabel("Docket text").FillAsync("JUDGMENT for the defendants on all claims");
        await page.GetByLabel("Filed", new() { Exact = true }).FillAsync(LocalDatePattern.Iso.Format(judgment));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the docket entry" }).ClickAsync();

        // No source chosen: refused, the message beside the sources, the text kept.
        var refusal = page.Locator(".field.has-error .field-error");
        await Assertions.Expect(refusal).ToContainTextAsync("source");
        await Assertions.Expect(page.GetByLabel("Docket text")).ToHaveValueAsync("JUDGMENT for the defendants on all claims");
        await Screenshots.SaveAsync(page, "entry-form-refused");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Alec Baldwin's legal troubles" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the docket entry" }).ClickAsync();
        try
        {
            // The save may wait for the write lock while another test's upload is imported.
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/cases/rust-civil\\?saved=1#entry-"), new() { Timeout = 180_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"the save did not lead back to the case page; the browser is at {page.Url}: {await page.Locator("main").InnerTextAsync()}", e);
        }
        await Assertions.Expect(page.Locator(".notice.saved")).ToBeVisibleAsync();
        await Assertions.Expect(appeal).ToHaveCountAsync(1);
        await Assertions.Expect(appeal.Locator("td.date")).ToHaveTextAsync(due);
        await Assertions.Expect(page.Locator("table.docket")).ToContainTextAsync("JUDGMENT for the defendants");
        await Assertions.Expect(page.Locator("#history ~ ol.history li.change").First).ToContainTextAsync(ClerkServer.EditorEmail);
        await Screenshots.SaveAsync(page, "case-page-after-edit");
    }

    [Fact]
    public async Task A_save_from_a_form_opened_before_someone_elses_save_is_refused_and_shows_the_current_text()
    {
        const string Path = "/cases/rust-civil/edit/statement/schwartz-injustice";
        var first = await SignedIn.AsEditorAsync(server, browser);
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync(Path);
        await second.GotoAsync(Path);

        await second.GetByLabel("What was said").FillAsync("The ruling is a \"real injustice\", as saved in the second tab.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await second.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/cases/rust-civil\\?saved=1#statement-schwartz-injustice"), new() { Timeout = 180_000 });

        await first.GetByLabel("What was said").FillAsync("The ruling is an injustice, as typed in the first tab.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(first.Locator(".notice.stale")).ToContainTextAsync("changed by someone else since you opened it", new() { Timeout = 180_000 });
        await Assertions.Expect(first.GetByLabel("What was said")).ToHaveValueAsync("The ruling is a \"real injustice\", as saved in the second tab.");
        await Assertions.Expect(first.Locator(".notice.stale table.changes td.yours")).ToHaveTextAsync("The ruling is an injustice, as typed in the first tab.");
        await Screenshots.SaveAsync(first, "stale-form");

        await first.GotoAsync("/cases/rust-civil#statement-schwartz-injustice");
        await Assertions.Expect(first.Locator("#statement-schwartz-injustice")).ToContainTextAsync("as saved in the second tab");
    }
}
