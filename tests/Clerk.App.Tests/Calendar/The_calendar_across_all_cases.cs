using Clerk.App.Access;
using Clerk.App.Calendar;
using Clerk.App.Cases;
using Clerk.App.Demo;
using Clerk.App.Imports;
using Clerk.Domain;
using Clerk.Rules.Cases;
using Clerk.Store;
using Clerk.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Clerk.App.Tests.Calendar;

/// <summary>
/// The calendar reads the whole store in a few statements instead of reading each case. It must give
/// exactly what reading each case whole gives: the same deadlines, due dates, statuses and UIDs.
/// </summary>
public class The_calendar_across_all_cases
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly FakeClock Clock = new(Instant.FromUtc(2023, 9, 1, 12, 0));

    private static async Task<TempStore> DemoAndDocketsAsync(Db kind)
    {
        var db = new TempStore(kind);
        await DemoMatter.StoreAsync(db.Store, Ct);
        var reports = new[] { "district", "bankruptcy", "appellate" }
            .SelectMany(folder => Directory.GetFiles(Fixtures.Path("pacer-dockets", folder)).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(25))
            .Select(f => new ReportToImport(f, FoundInFolder: true)).ToList();
        var result = await new DocketImporter(db.Store).ImportAsync(reports, new ImportOptions(), ct: Ct);
        Assert.True(result.Imported > 50, $"expected dozens of dockets imported, got {result.Imported}");
        return db;
    }

    private static async Task<List<string>> CaseByCaseAsync(TempStore db, Viewer viewer)
    {
        var reader = new CaseReader(db.Store, viewer);
        var service = new CaseDeadlineService(reader, Clock);
        var all = new List<string>();
        foreach (var c in (await reader.ListAsync(new Clerk.Store.CaseFilter(), Ct)).Cases)
        {
            var report = service.For(await reader.ReadAsync(c.Id, Ct));
            all.AddRange(report.Deadlines.Select(d => Line(new DatedDeadline(report.Case, d))));
        }

        return [.. all.Order(StringComparer.Ordinal)];
    }

    private static string Line(DatedDeadline d) =>
        $"{d.Uid} {d.Case.Id.Value} {d.Deadline.Rule.Id} {d.Deadline.Deadline.Due.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {d.Deadline.Status} {d.Deadline.MetBy?.Key}";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Gives_every_deadline_that_reading_each_case_gives(Db kind)
    {
        using var db = await DemoAndDocketsAsync(kind);
        var expected = await CaseByCaseAsync(db, Viewer.Operator);
        Assert.True(expected.Count > 20, $"expected the demo's and the dockets' deadlines, got {expected.Count}");
        Assert.Contains(expected, l => l.Contains("rust-civil answer-after-motion-denied 2023-09-07", StringComparison.Ordinal));

        var reader = new CaseReader(db.Store, Viewer.Operator);
        var calendar = await new DeadlineCalendar(reader, new CaseDeadlineService(reader, Clock)).AllAsync(ct: Ct);

        Assert.Equal(expected, calendar.Select(Line).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Leaves_out_a_restricted_case_for_a_viewer_not_on_its_list()
    {
        using var db = await DemoAndDocketsAsync(Db.Sqlite);
        var accounts = new Accounts.AccountService(db.Store, Clock);
        await accounts.AddUserAsync(Viewer.Operator, "outsider@example.org", Role.Viewer, Ct);
        await new CaseAccessService(db.Store).RestrictAsync(Viewer.Operator, new CaseId("rust-civil"), [], Ct);
        var outsider = (await accounts.ViewerForTokenAsync(await accounts.CreateTokenAsync(Viewer.Operator, "outsider@example.org", "tests", Ct), Ct))!;

        var reader = new CaseReader(db.Store, outsider);
        var calendar = await new DeadlineCalendar(reader, new CaseDeadlineService(reader, Clock)).AllAsync(ct: Ct);

        Assert.DoesNotContain(calendar, d => d.Case.Id.Value == "rust-civil");
        Assert.Equal(await CaseByCaseAsync(db, outsider), calendar.Select(Line).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_kept_calendar_follows_every_write_and_the_turn_of_the_court_s_day()
    {
        using var db = new TempStore();
        await DemoMatter.StoreAsync(db.Store, Ct);
        var civil = new CaseId("rust-civil");
        void Enter(int sequence, LocalDate filed, string text)
        {
            var entry = new DocketEntry(civil, sequence, null, filed, null, text);
            db.Store.Save(new Matter { Entries = [entry], Citations = [new Citation(new SourceId("seed-report"), FactRef.Of(entry), null)] });
        }

        // With a docket, the answer due 2023-09-07 (after the denial of 2023-08-23) is open on its day.
        Enter(1, new LocalDate(2023, 8, 1), "NOTICE OF APPEARANCE");
        var clock = new FakeClock(Instant.FromUtc(2023, 9, 7, 18, 0));
        var memo = new CalendarMemo(clock);
        var reader = new CaseReader(db.Store, Viewer.Operator);
        var calendar = new DeadlineCalendar(reader, new CaseDeadlineService(reader, clock), memo);
        async Task<DeadlineStatus> AnswerAsync() =>
            (await calendar.AllAsync(ct: Ct)).Single(d => d.Case.Id == civil && d.Deadline.Rule.Id == "answer-after-motion-denied").Deadline.Status;

        Assert.Equal(DeadlineStatus.Open, await AnswerAsync());
        Assert.NotNull(memo.Get(memo.KeyOf(await reader.StateAsync(Ct))));
        Assert.Equal(DeadlineStatus.Open, await AnswerAsync());

        // Midnight in Albuquerque (06:00 UTC in September): the same store, a new day.
        clock.Reset(Instant.FromUtc(2023, 9, 8, 6, 0));
        Assert.Equal(DeadlineStatus.Missed, await AnswerAsync());

        // An answer filed in time, written by another store as a second process would.
        using (var other = ClerkStore.Open(db.Store.Options))
        {
            var entry = new DocketEntry(civil, 2, null, new LocalDate(2023, 9, 6), null, "ANSWER to the complaint");
            other.Save(new Matter { Entries = [entry], Citations = [new Citation(new SourceId("seed-report"), FactRef.Of(entry), null)] });
        }

        Assert.Equal(DeadlineStatus.Met, await AnswerAsync());
    }
}
