using Clerk.App.Access;
using Clerk.App.Calendar;
using Clerk.App.Cases;
using Clerk.App.Demo;
using Clerk.App.Imports;
using Clerk.Domain;
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
}
