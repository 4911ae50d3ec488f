using System.Net;
using Clerk.App.Accounts;
using Clerk.App.Editing;
using Clerk.Domain;
using Ical.Net;

namespace Clerk.Web.Tests;

public sealed class Calendar_feeds(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task A_case_feed_parses_back_with_its_deadlines_and_keeps_their_UIDs_when_a_ruling_moves()
    {
        using var store = site.OpenStore();
        var accounts = new AccountService(store, NodaTime.SystemClock.Instance);
        var editor = (await accounts.ViewerAsync("editor@example.org", Http.Ct))!;
        var secret = await accounts.CreateFeedAsync(editor, new CaseId("rust-civil"), Http.Ct);
        using var anonymous = site.As(null);

        var first = Calendar.Load(await anonymous.GetStringAsync(Http.U($"/feeds/{secret}.ics"), Http.Ct))!;
        // The answer is due ten court days after the motion to dismiss was denied (2023-08-23): 2023-09-07.
        const string Uid = "rust-civil/answer-after-motion-denied/Motion/rust-civil-dismiss@clerk";
        var answer = Assert.Single(first.Events, e => e.Uid == Uid);
        Assert.Equal(new DateOnly(2023, 9, 7), answer.Start!.Date);
        Assert.Contains("/cases/rust-civil", answer.Url!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Labor Day", answer.Description, StringComparison.Ordinal);

        var motions = new RecordEditor(store, editor, NodaTime.SystemClock.Instance).Motions;
        var motion = await motions.ReadAsync(new CaseId("rust-civil"), "rust-civil-dismiss", Http.Ct);
        await motions.UpdateAsync(new CaseId("rust-civil"), "rust-civil-dismiss", motion.Value with { Ruling = motion.Value.Ruling! with { Date = "2023-10-02" } }, motion.Version, Http.Ct);

        var second = Calendar.Load(await anonymous.GetStringAsync(Http.U($"/feeds/{secret}.ics"), Http.Ct))!;
        Assert.Equal(first.Events.Select(e => e.Uid).Order(StringComparer.Ordinal), second.Events.Select(e => e.Uid).Order(StringComparer.Ordinal));
        Assert.NotEqual(new DateOnly(2023, 9, 7), Assert.Single(second.Events, e => e.Uid == Uid).Start!.Date);
    }

    [Fact]
    public async Task A_regenerated_feed_answers_at_its_new_address_only_and_a_revoked_one_at_none()
    {
        using var store = site.OpenStore();
        var accounts = new AccountService(store, NodaTime.SystemClock.Instance);
        var viewer = (await accounts.ViewerAsync("viewer@example.org", Http.Ct))!;
        var old = await accounts.CreateFeedAsync(viewer, null, Http.Ct);
        var renewed = await accounts.CreateFeedAsync(viewer, null, Http.Ct);
        using var anonymous = site.As(null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetPathAsync($"/feeds/{old}.ics")).StatusCode);
        var feed = await anonymous.GetPathAsync($"/feeds/{renewed}.ics");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        // The viewer is on the criminal case's list, so the all-cases feed includes its deadlines.
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync(Http.Ct))!;
        Assert.Contains(calendar.Events, e => e.Uid!.StartsWith("rust-civil/", StringComparison.Ordinal));
        await accounts.RevokeFeedAsync(viewer, null, Http.Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetPathAsync($"/feeds/{renewed}.ics")).StatusCode);
    }
}
