using Clerk.App.Accounts;
using Clerk.App.Calendar;
using Clerk.App.Cases;
using Clerk.Store;

namespace Clerk.Web.Feeds;

/// <summary>
/// Calendar feeds at secret URLs (<c>/feeds/SECRET.ics</c>): calendar programs fetch them without
/// signing in, so the secret is the key. A feed shows what its owner may see now; a revoked or
/// regenerated secret answers 404.
/// </summary>
public static class FeedEndpoints
{
    public static void MapFeeds(this WebApplication app) =>
        app.MapGet("/feeds/{file}", async (string file, HttpContext http, ClerkStore store, AccountService accounts, CalendarMemo memo, NodaTime.IClock clock, CancellationToken ct) =>
        {
            if (!file.EndsWith(".ics", StringComparison.Ordinal) || await accounts.FeedAsync(file[..^4], ct) is not { } feed)
            {
                return Results.NotFound();
            }

            var reader = new CaseReader(store, feed.Owner);
            var calendar = new DeadlineCalendar(reader, new CaseDeadlineService(reader, clock), memo);
            var deadlines = feed.Case is { } c ? await calendar.ForCaseAsync(c, ct) : await calendar.AllAsync(ct: ct);
            var site = $"{http.Request.Scheme}://{http.Request.Host}";
            var name = feed.Case is { } one ? $"Clerk: deadlines of {one}" : $"Clerk: deadlines of {feed.Owner.Name}";
            var text = DeadlineFeed.Write(name, deadlines, id => new Uri($"{site}/cases/{Uri.EscapeDataString(id.Value)}"));
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(text, "text/calendar; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
