using System.Net;
using AngleSharp.Html.Dom;
using Clerk.Rules;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Web.Tests.Forms;

public sealed class Deadlines_follow_a_saved_change(PrivateSite site) : IClassFixture<PrivateSite>
{
    // The demo's civil case is in a New Mexico district court, whose rules are the rule set us-nm.
    private const string RuleSet = "us-nm";

    private static string Due(string rule, LocalDate trigger)
    {
        var row = RuleBook.Default.Catalogue(RuleSet).Single(r => r.Id == rule && r.IsInForceOn(trigger));
        return LocalDatePattern.Iso.Format(RuleBook.Default.ComputeDeadline(new DeadlineRequest(RuleSet, trigger, row.Count, row.Unit, row.Direction)).Due);
    }

    private static List<(string Due, string Name)> Deadlines(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.deadlines tr.deadline").Select(tr => (tr.QuerySelector("td.date")!.TextContent.Trim(), tr.Children[1].TextContent))];

    [Fact]
    public async Task A_judgment_added_to_the_docket_through_the_form_puts_the_notice_of_appeal_on_the_case_page_at_once()
    {
        var judgment = new LocalDate(2024, 2, 5);
        using var editor = await Browsing.AsAsync(site, "editor");
        var before = Deadlines(await editor.PageAsync("/cases/rust-civil"));
        Assert.DoesNotContain(before, d => d.Name.Contains("Notice of appeal", StringComparison.Ordinal));

        var form = await editor.PageAsync("/cases/rust-civil/edit/entry");
        var post = await editor.SubmitAsync(form, "/cases/rust-civil/edit/entry",
            ("Description", ["JUDGMENT for the defendants on all claims"]), ("Filed", ["2024-02-05"]), ("Sources", ["seed-report"]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var target = post.Headers.Location!.OriginalString;
        Assert.StartsWith("/cases/rust-civil?saved=1#entry-", target, StringComparison.Ordinal);

        var after = await editor.PageAsync(target);
        Assert.NotNull(after.QuerySelector(".notice.saved"));
        Assert.Contains((Due("notice-of-appeal", judgment), "Notice of appeal"), Deadlines(after).Select(d => (d.Due, d.Name[..d.Name.IndexOf(" (", StringComparison.Ordinal)])));
        Assert.NotNull(after.GetElementById(target[(target.IndexOf('#', StringComparison.Ordinal) + 1)..]));
    }

    [Fact]
    public async Task Moving_a_ruling_through_the_motion_form_moves_the_answer_deadline_it_starts()
    {
        using var editor = await Browsing.AsAsync(site, "editor");
        const string Path = "/cases/rust-civil/edit/motion/rust-civil-dismiss";
        string Answer(IHtmlDocument page) => Deadlines(page).Single(d => d.Name.StartsWith("Responsive pleading", StringComparison.Ordinal)).Due;

        Assert.Equal(Due("answer-after-motion-denied", new LocalDate(2023, 8, 23)), Answer(await editor.PageAsync("/cases/rust-civil")));
        var post = await editor.SubmitAsync(await editor.PageAsync(Path), Path, ("Ruling.Date", ["2023-11-20"]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(Due("answer-after-motion-denied", new LocalDate(2023, 11, 20)), Answer(await editor.PageAsync("/cases/rust-civil")));
    }
}
