using System.Text.Json;

namespace Clerk.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public void The_demo_shows_the_rust_matters_with_their_sources()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("demo");
        Assert.True(run.ExitCode == 0, run.Err);
        var o = run.Out;
        Assert.Contains("Judge Bryan Biedscheid", o, StringComparison.Ordinal);
        Assert.Contains("Motion to dismiss by Alec Baldwin", o, StringComparison.Ordinal);
        Assert.Contains("Motion to dismiss denied by Judge Bryan Biedscheid", o, StringComparison.Ordinal);
        Assert.Contains("Motion to stay denied by Judge Bryan Biedscheid (until State of New Mexico v. Alec Baldwin ends)", o, StringComparison.Ordinal);
        Assert.Contains("parallel criminal case: State of New Mexico v. Alec Baldwin (rust-criminal)", o, StringComparison.Ordinal);
        Assert.Contains("Involuntary manslaughter in the death of Halyna Hutchins: dismissed without prejudice", o, StringComparison.Ordinal);
        Assert.Contains("damages alleged: Hearing loss, Temporary deafness, Vibrational shock", o, StringComparison.Ordinal);
        Assert.Contains("The suit is untimely", o, StringComparison.Ordinal);
        Assert.Contains("Open question: Will Alec Baldwin be charged again", o, StringComparison.Ordinal);
        Assert.Contains("seed-report: citing Fox News", o, StringComparison.Ordinal);
        Assert.Contains("shared/seed/000_e444ef1a37971f9f.txt", o, StringComparison.Ordinal);
        Assert.True(File.Exists(clerk.Db));
    }

    [Fact]
    public void The_demo_rebuilds_its_database_each_time()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var cases = JsonDocument.Parse(clerk.WithDb("cases", "--json").Out).RootElement;
        Assert.Equal(2, cases.GetArrayLength());
    }

    [Fact]
    public void Without_db_the_demo_uses_its_own_file_not_clerk_db()
    {
        using var clerk = new ClerkProcess();
        clerk.Environment["CLERK_DB"] = Path.Combine(clerk.Home, "working.db");
        var run = clerk.Clerk("demo");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.True(File.Exists(Path.Combine(clerk.Home, "data", "clerk", "demo.db")));
        Assert.False(File.Exists(Path.Combine(clerk.Home, "working.db")));
    }

    [Fact]
    public void The_demo_as_json_holds_the_chronology_with_sources()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("demo", "--json");
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var lines = root.GetProperty("chronology").EnumerateArray().ToList();
        var ruling = lines.First(l => l.GetProperty("kind").GetString() == "ruling");
        Assert.Equal("2023-08-23", ruling.GetProperty("date").GetString());
        Assert.Equal("seed-report", ruling.GetProperty("sources")[0].GetString());
    }
}
