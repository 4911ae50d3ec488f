using System.Diagnostics;
using Clerk.Testing;

namespace Clerk.Cli.Tests.Integrity;

/// <summary>
/// A write killed part-way leaves whole dockets or none of each, and running it again completes it;
/// two writers at once into one database both finish. On both databases, through the real command.
/// </summary>
public class Interrupted_and_concurrent_writes
{
    private const int Cases = 600;
    private const int EntriesPerCase = 40;

    private static string[] Generate(TestDatabase db) =>
        ["generate", "--cases", $"{Cases}", "--entries-per-case", $"{EntriesPerCase}", "--seed", "7", "--db", db.Name];

    // Dockets whose entry count is not the whole docket: a docket cut in half by the kill.
    private const string HalfDockets = "SELECT count(*) FROM (SELECT \"Case\" FROM \"Entries\" GROUP BY \"Case\" HAVING count(*) <> 40) x";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_generate_killed_part_way_leaves_no_half_docket_and_a_second_run_completes_it(Db kind)
    {
        using var clerk = new ClerkProcess();
        using var db = new TestDatabase(kind);

        using (var p = clerk.Start(Generate(db)))
        {
            // Killed (SIGKILL) once some dockets are in, well before all are.
            var clock = Stopwatch.StartNew();
            while (Count(db, "SELECT count(*) FROM \"Cases\"") < 20)
            {
                if (p.HasExited)
                {
                    Assert.Fail($"clerk generate ended before it could be killed: {p.StandardError.ReadToEnd()}");
                }

                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "clerk generate wrote no docket in 3 minutes");
                Thread.Sleep(20);
            }

            if (p.HasExited)
            {
                Assert.Fail($"clerk generate finished before it could be killed: {p.StandardOutput.ReadToEnd()}");
            }

            p.Kill();
            p.WaitForExit();
            Assert.NotEqual(0, p.ExitCode);
        }

        var written = Count(db, "SELECT count(*) FROM \"Cases\"");
        Assert.InRange(written, 20, Cases - 1);
        Assert.Equal(0, Count(db, HalfDockets));
        Assert.Equal(written * EntriesPerCase, Count(db, "SELECT count(*) FROM \"Entries\""));

        var again = clerk.Clerk(Generate(db));
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Equal(Cases, Count(db, "SELECT count(*) FROM \"Cases\""));
        Assert.Equal(Cases * EntriesPerCase, Count(db, "SELECT count(*) FROM \"Entries\""));
        Assert.Equal(0, Count(db, HalfDockets));
        var check = clerk.Clerk("check", "--db", db.Name);
        Assert.True(check.ExitCode == 0, check.Out + check.Err);
        Assert.Contains($"clean ({Cases} case(s) checked)", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Two_imports_at_once_into_one_database_both_finish(Db kind)
    {
        using var clerk = new ClerkProcess();
        using var db = new TestDatabase(kind);
        var folder = Fixtures.Path("pacer-dockets", "district");

        // The same reports, twice at once: every docket is written by both, so their merges meet.
        using var a = clerk.Start("import", "pacer", folder, "--json", "--db", db.Name);
        using var b = clerk.Start("import", "pacer", folder, "--json", "--db", db.Name);
        var (outA, errA) = Finish(a);
        var (outB, errB) = Finish(b);
        Assert.True(a.ExitCode == 0, errA);
        Assert.True(b.ExitCode == 0, errB);
        Assert.DoesNotContain("locked", errA + errB, StringComparison.OrdinalIgnoreCase);
        var added = Added(outA) + Added(outB);
        Assert.True(added > 1000, $"expected the district fixtures' entries, {added} were added");
        Assert.Equal(added, Count(db, "SELECT count(*) FROM \"Entries\""));

        var third = clerk.Clerk("import", "pacer", folder, "--json", "--db", db.Name);
        Assert.True(third.ExitCode == 0, third.Err);
        Assert.Equal(0, Added(third.Out));
        var check = clerk.Clerk("check", "--db", db.Name);
        Assert.True(check.ExitCode == 0, check.Out + check.Err);
    }

    private static long Count(TestDatabase db, string sql)
    {
        try
        {
            return db.Scalar(sql);
        }
        catch (System.Data.Common.DbException)
        {
            // Before the writer has made the schema, or while SQLite's file is being made.
            return 0;
        }
    }

    private static (string Out, string Err) Finish(Process p)
    {
        var stdout = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), "an import did not finish in 5 minutes");
        return (stdout.Result, stderr.Result);
    }

    private static long Added(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("entries_added").GetInt64();
}
