using Clerk.Testing;

namespace Clerk.Cli.Tests;

public class LoadCommandTests
{
    internal static string DemoFile => Path.Combine(Fixtures.RepositoryRoot, "data", "demo", "rust.matter.yaml");

    [Fact]
    public void Loading_a_matter_file_stores_it_and_loading_it_again_changes_nothing()
    {
        using var clerk = new ClerkProcess();
        var first = clerk.WithDb("load", DemoFile);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("updated", first.Out, StringComparison.Ordinal);
        var before = clerk.WithDb("export", "rust-civil").Out;
        var second = clerk.WithDb("load", DemoFile);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("(0 added, 0 updated,", second.Out, StringComparison.Ordinal);
        Assert.Equal(before, clerk.WithDb("export", "rust-civil").Out);
    }

    [Fact]
    public void A_broken_matter_file_is_refused_with_every_line_and_the_database_is_unchanged()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", DemoFile).ExitCode);
        var hashBefore = ClerkProcess.Hash(clerk.Db);
        var exportBefore = clerk.WithDb("export", "rust-civil").Out;

        var broken = Path.Combine(clerk.Home, "broken.yaml");
        var lines = File.ReadAllLines(DemoFile).ToList();
        var judgeLine = lines.FindIndex(l => l == "    judge: biedscheid") + 1;
        var whenLine = lines.FindIndex(l => l == "    when: 2021-10-21") + 1;
        lines[judgeLine - 1] = "    judge: nobody";
        lines[whenLine - 1] = "    when: 2021-02-30";
        File.WriteAllLines(broken, lines);

        var run = clerk.WithDb("load", broken);
        Assert.Equal(2, run.ExitCode);
        var err = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{broken}:{whenLine}: \"when\": \"2021-02-30\" is not a date that exists", err[0], StringComparison.Ordinal);
        Assert.StartsWith($"{broken}:{judgeLine}: \"judge\" names unknown judge \"nobody\"", err[1], StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Err, StringComparison.Ordinal);
        Assert.Equal(hashBefore, ClerkProcess.Hash(clerk.Db));
        Assert.Equal(exportBefore, clerk.WithDb("export", "rust-civil").Out);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("load", Path.Combine(clerk.Home, "nope.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_can_be_chosen_with_clerk_db()
    {
        using var clerk = new ClerkProcess();
        var db = Path.Combine(clerk.Home, "env.db");
        clerk.Environment["CLERK_DB"] = db;
        Assert.Equal(0, clerk.Clerk("load", DemoFile).ExitCode);
        Assert.True(File.Exists(db));
        Assert.Contains("rust-civil", clerk.Clerk("cases").Out, StringComparison.Ordinal);
    }
}
