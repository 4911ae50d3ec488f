using System.Text.Json;
using Clerk.Testing;

namespace Clerk.Cli.Tests;

public class SourceCommandTests
{
    [Fact]
    public void A_news_report_is_registered_once_however_often_it_is_added()
    {
        using var clerk = new ClerkProcess();
        var seed = Directory.GetFiles(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "seed"), "*.txt").Single();
        var first = JsonDocument.Parse(clerk.WithDb("source", "add", seed, "--publisher", "New York Post", "--json").Out).RootElement;
        Assert.Equal("added", first.GetProperty("state").GetString());
        Assert.Equal("2023-08-23", first.GetProperty("date").GetString());
        Assert.StartsWith("new-york-post-2023-08-23-", first.GetProperty("id").GetString(), StringComparison.Ordinal);
        var again = JsonDocument.Parse(clerk.WithDb("source", "add", seed, "--publisher", "New York Post", "--json").Out).RootElement;
        Assert.Equal("unchanged", again.GetProperty("state").GetString());
    }

    [Fact]
    public void A_file_without_the_date_header_is_refused_and_nothing_is_stored()
    {
        using var clerk = new ClerkProcess();
        var file = Path.Combine(clerk.Home, "report.txt");
        File.WriteAllText(file, "Alec Baldwin's legal troubles aren't going away.\n");
        var run = clerk.WithDb("source", "add", file, "--publisher", "Paper");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:1: expected the first line to begin with \"date YYYY-MM-DD\"", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(clerk.Db));
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        using var clerk = new ClerkProcess();
        var file = Path.Combine(clerk.Home, "report.txt");
        File.WriteAllText(file, "date 2023-02-31 Text.\n");
        var run = clerk.WithDb("source", "add", file, "--publisher", "Paper");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2023-02-31", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publisher_is_required()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("source", "add", "x.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--publisher", run.Err, StringComparison.Ordinal);
    }
}
