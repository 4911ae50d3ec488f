using System.Text.Json.Nodes;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using NodaTime;
using NodaTime.Testing;

namespace Clerk.App.Tests;

/// <summary>A database made by release 28674ca, upgraded, gives the deadlines and limitation checks that release gave.</summary>
public class Upgrading_keeps_the_deadlines
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_case_has_the_same_due_dates_statuses_and_limitation_days()
    {
        var release = Path.Combine(AppContext.BaseDirectory, "Upgrade", "release-28674ca");
        var dir = Directory.CreateTempSubdirectory("clerk-upgrade-").FullName;
        try
        {
            var path = Path.Combine(dir, "clerk.db");
            File.Copy(Path.Combine(release, "clerk.db"), path);
            using var store = ClerkStore.Open(new StoreOptions(path), create: false);
            var service = new CaseDeadlineService(new CaseReader(store, Viewer.Operator), new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0)));
            var files = Directory.GetFiles(release, "deadlines-*.json");
            Assert.NotEmpty(files);
            var compared = 0;
            foreach (var file in files)
            {
                var golden = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
                var report = await service.ForCaseAsync(new CaseId(golden["case"]!.GetValue<string>()), new LocalDate(2026, 12, 1), Ct);
                var expected = golden["deadlines"]!.AsArray().Select(d => $"{d!["rule"]} {d["due"]} {d["status"]}").Order(StringComparer.Ordinal).ToList();
                var actual = report.Deadlines.Select(d => $"{d.Rule.Id} {d.Deadline.Due:yyyy-MM-dd} {d.Status.ToString().ToLowerInvariant()}").Order(StringComparer.Ordinal).ToList();
                Assert.Equal(expected, actual);
                var expectedLimits = golden["limitations"]!.AsArray().Select(l => $"{l!["claim"]} {l["last_day"]} {l["timely"]}").ToList();
                var actualLimits = report.Limitations.Select(l => $"{l.Claim.Id} {l.Check.LastDay:yyyy-MM-dd} {(l.Check.Timely is { } t ? (t ? "true" : "false") : "")}").ToList();
                Assert.Equal(expectedLimits, actualLimits);
                compared += expected.Count + expectedLimits.Count;
            }

            Assert.True(compared > 0, "the release's output named no deadline or limitation to compare");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
