using System.Text.Json;
using System.Text.Json.Nodes;
using Clerk.Testing;

namespace Clerk.Cli.Tests;

/// <summary>The contract of clerk pacer parse and clerk import pacer.</summary>
public class PacerCommandTests
{
    private static string Fixture(params string[] parts) => Fixtures.Path(["pacer-dockets", .. parts]);

    [Fact]
    public void Parsing_one_report_prints_the_fixture_shaped_json()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("pacer", "parse", Fixture("district", "akd.html"));
        Assert.True(run.ExitCode == 0, run.Err);
        var expected = JsonNode.Parse(File.ReadAllText(Fixture("district", "akd.json")));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(run.Out)), run.Out);
    }

    [Fact]
    public void A_page_that_is_not_a_docket_prints_an_empty_object_and_exits_3_with_a_reason()
    {
        using var clerk = new ClerkProcess();
        var page = Directory.GetFiles(Fixture("not_dockets"), "*.html").Order(StringComparer.Ordinal).First();
        var run = clerk.Clerk("pacer", "parse", page);
        Assert.Equal(3, run.ExitCode);
        Assert.Equal("{}", run.Out.Trim());
        var reason = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(page + ": not a docket report: ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_court_option_overrides_the_court_from_the_file_name()
    {
        using var clerk = new ClerkProcess();
        var copy = Path.Combine(clerk.Home, "report.html");
        File.Copy(Fixture("district", "akd.html"), copy);
        var run = clerk.Clerk("pacer", "parse", copy, "--court", "akd");
        Assert.Equal("akd", JsonDocument.Parse(run.Out).RootElement.GetProperty("court_id").GetString());
    }

    [Fact]
    public void Parsing_a_folder_writes_one_json_per_report_and_a_summary()
    {
        using var clerk = new ClerkProcess();
        var output = Path.Combine(clerk.Home, "out");
        var run = clerk.Clerk("pacer", "parse", Fixture("appellate"), Fixture("not_appellate_dockets"), "--out", output);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.StartsWith("files 19, dockets 12, not dockets 7, errors 0,", run.Out, StringComparison.Ordinal);
        Assert.Contains("MB/s", run.Out, StringComparison.Ordinal);
        foreach (var html in Directory.GetFiles(Fixture("appellate"), "*.html"))
        {
            var written = JsonNode.Parse(File.ReadAllText(Path.Combine(output, Path.GetFileName(html) + ".json")));
            var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(html, ".json")));
            Assert.True(JsonNode.DeepEquals(expected, written), html);
        }
    }

    [Fact]
    public void Several_files_without_out_is_bad_input()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("pacer", "parse", Fixture("district", "akd.html"), Fixture("district", "almd.html"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out DIR", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_stores_the_dockets_and_reimporting_adds_nothing()
    {
        using var clerk = new ClerkProcess();
        var first = clerk.WithDb("import", "pacer", Fixture("district"), "--json");
        Assert.True(first.ExitCode == 0, first.Err);
        var summary = JsonDocument.Parse(first.Out).RootElement;
        // The district folder holds pages whose expected parse is {}: found in a folder, they are
        // listed and passed over; everything else is imported.
        var notDockets = Directory.GetFiles(Fixture("district"), "*.json").Where(f => File.ReadAllText(f).Trim() == "{}")
            .Select(f => Path.ChangeExtension(f, ".html")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(notDockets);
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        Assert.Equal(notDockets.Count, summary.GetProperty("not_dockets").GetInt32());
        var outcomes = summary.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(Fixture("district"), "*.html").Length, outcomes.Count);
        Assert.Equal(notDockets, outcomes.Where(o => o.GetProperty("outcome").GetString() == "not-a-docket").Select(o => o.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(summary.GetProperty("entries_added").GetInt32() > 100);

        var again = JsonDocument.Parse(clerk.WithDb("import", "pacer", Fixture("district"), "--json").Out).RootElement;
        Assert.Equal(0, again.GetProperty("entries_added").GetInt32());
        Assert.Equal(0, again.GetProperty("entries_updated").GetInt32());

        var cases = JsonDocument.Parse(clerk.WithDb("cases", "--search", "West American", "--json").Out).RootElement;
        Assert.Equal("akd:3:08-cv-00284", Assert.Single(cases.EnumerateArray()).GetProperty("id").GetString());
        var shown = clerk.WithDb("case", "akd:3:08-cv-00284");
        Assert.Contains("Brewster H. Jamieson", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_report_is_reported_by_name_and_the_rest_of_the_batch_goes_on()
    {
        using var clerk = new ClerkProcess();
        var batch = Directory.CreateDirectory(Path.Combine(clerk.Home, "batch")).FullName;
        var bytes = File.ReadAllBytes(Fixture("district", "akd.html"));
        File.WriteAllBytes(Path.Combine(batch, "akd_1.html"), bytes[..300]);
        File.Copy(Fixture("district", "almd.html"), Path.Combine(batch, "almd_2.html"));
        var run = clerk.WithDb("import", "pacer", Path.Combine(batch, "akd_1.html"), Path.Combine(batch, "almd_2.html"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(batch, "akd_1.html") + ": not a docket report", run.Err, StringComparison.Ordinal);
        Assert.Contains("imported 1, failed 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_found_in_a_folder_that_is_not_a_docket_is_listed_and_passed_over()
    {
        using var clerk = new ClerkProcess();
        var batch = Directory.CreateDirectory(Path.Combine(clerk.Home, "batch")).FullName;
        File.WriteAllText(Path.Combine(batch, "akd_login.html"), "<html><body>PACER login</body></html>");
        File.Copy(Fixture("district", "almd.html"), Path.Combine(batch, "almd_2.html"));
        var run = clerk.WithDb("import", "pacer", batch);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Path.Combine(batch, "akd_login.html") + ": skipped, not a docket report", run.Err, StringComparison.Ordinal);
        Assert.Contains("imported 1, failed 0, not dockets 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_stops_at_the_first_failure()
    {
        using var clerk = new ClerkProcess();
        var batch = Directory.CreateDirectory(Path.Combine(clerk.Home, "batch")).FullName;
        File.WriteAllText(Path.Combine(batch, "a_broken.html"), "<html><body>nothing here</body></html>");
        File.Copy(Fixture("district", "almd.html"), Path.Combine(batch, "almd_2.html"));
        var run = clerk.WithDb("import", "pacer", batch, "--strict");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("imported 0, failed 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_text_with_markup_is_stored_as_text()
    {
        using var clerk = new ClerkProcess();
        var html = File.ReadAllText(Fixture("district", "akd.html"))
            .Replace("AFFIDAVIT of Service for Complaint for declaratory judgment", "AFFIDAVIT &lt;script&gt;alert(1)&lt;/script&gt; of Service", StringComparison.Ordinal);
        var file = Path.Combine(clerk.Home, "akd_3.html");
        File.WriteAllText(file, html);
        Assert.Equal(0, clerk.WithDb("import", "pacer", file).ExitCode);
        var export = clerk.WithDb("export", "akd:3:08-cv-00284", "--format", "json");
        Assert.Contains("AFFIDAVIT <script>alert(1)</script> of Service", export.Out, StringComparison.Ordinal);
    }
}
