using System.Text.Json;
using Clerk.Testing;

namespace Clerk.Cli.Tests;

/// <summary>
/// clerk pacer parse and clerk import pacer on damaged input: reports cut short, folders with link
/// loops, two folders holding the same file name, files whose names are no court id.
/// </summary>
public class PacerDamagedInputTests
{
    private static string Fixture(params string[] parts) => Fixtures.Path(["pacer-dockets", .. parts]);

    // The Alaska report cut in the middle of its last docket entry.
    private static string CutReport(ClerkProcess clerk)
    {
        var html = File.ReadAllText(Fixture("district", "akd.html"));
        var file = Path.Combine(clerk.Home, "akd_cut.html");
        File.WriteAllText(file, html[..html.IndexOf("Personal Page, Inc. on 12/30/08", StringComparison.Ordinal)]);
        return file;
    }

    [Fact]
    public void A_report_cut_short_is_refused_naming_the_file_and_where_it_ends()
    {
        using var clerk = new ClerkProcess();
        var file = CutReport(clerk);

        var run = clerk.WithDb("import", "pacer", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}: partial report: the report ends at line ", run.Err, StringComparison.Ordinal);
        Assert.Contains("--partial", run.Err, StringComparison.Ordinal);
        Assert.Contains("imported 0, failed 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void With_partial_a_report_cut_short_is_imported_and_its_source_says_it_is_partial()
    {
        using var clerk = new ClerkProcess();
        var file = CutReport(clerk);

        var run = clerk.WithDb("import", "pacer", file, "--partial");

        Assert.True(run.ExitCode == 0, run.Err);
        var export = clerk.WithDb("export", "akd:3:08-cv-00284", "--format", "json");
        Assert.Contains("(partial report: the report ends at line ", export.Out, StringComparison.Ordinal);
        var json = clerk.WithDb("case", "akd:3:08-cv-00284", "--json");
        Assert.StartsWith("the report ends at line ", JsonDocument.Parse(json.Out).RootElement.GetProperty("partial_report").GetString(), StringComparison.Ordinal);
        var shown = clerk.WithDb("case", "akd:3:08-cv-00284");
        Assert.Contains("Partial docket:", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_a_report_cut_short_says_it_is_partial()
    {
        using var clerk = new ClerkProcess();
        var file = CutReport(clerk);

        var run = clerk.Clerk("pacer", "parse", file, "--court", "akd");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{file}: partial report: the report ends at line ", run.Err, StringComparison.Ordinal);
        Assert.Equal("akd", JsonDocument.Parse(run.Out).RootElement.GetProperty("court_id").GetString());
    }

    [Fact]
    public void A_folder_with_a_link_loop_is_imported_and_parsed_once_without_hanging()
    {
        using var clerk = new ClerkProcess();
        var folder = Directory.CreateDirectory(Path.Combine(clerk.Home, "reports", "sub")).FullName;
        File.Copy(Fixture("district", "akd.html"), Path.Combine(folder, "akd.html"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), "..");
        var reports = Path.GetDirectoryName(folder)!;

        var import = clerk.WithDb("import", "pacer", reports);
        var parse = clerk.Clerk("pacer", "parse", reports, "--out", Path.Combine(clerk.Home, "out"));

        Assert.True(import.ExitCode == 0, import.Err);
        Assert.Contains("files 1, imported 1", import.Out, StringComparison.Ordinal);
        Assert.True(parse.ExitCode == 0, parse.Err);
        Assert.StartsWith("files 1, dockets 1,", parse.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_says_how_links_to_folders_are_followed()
    {
        using var clerk = new ClerkProcess();

        Assert.Contains("a link to a folder is followed unless it leads back", clerk.Clerk("import", "pacer", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_folders_with_the_same_file_name_into_one_output_folder_are_refused_before_anything_is_written()
    {
        using var clerk = new ClerkProcess();
        foreach (var name in new[] { "d1", "d2" })
        {
            Directory.CreateDirectory(Path.Combine(clerk.Home, name));
            File.Copy(Fixture("district", "akd.html"), Path.Combine(clerk.Home, name, "akd.html"));
        }

        var output = Path.Combine(clerk.Home, "out");
        var run = clerk.Clerk("pacer", "parse", Path.Combine(clerk.Home, "d1"), Path.Combine(clerk.Home, "d2"), "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{Path.Combine(clerk.Home, "d1", "akd.html")} and {Path.Combine(clerk.Home, "d2", "akd.html")} would both be written as akd.html.json", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_file_name_that_is_no_court_id_is_refused_saying_to_give_the_court()
    {
        using var clerk = new ClerkProcess();
        var file = Path.Combine(clerk.Home, "docket (1).html");
        File.Copy(Fixture("district", "akd.html"), file);

        var import = clerk.WithDb("import", "pacer", file);
        var parse = clerk.Clerk("pacer", "parse", file);
        var named = clerk.WithDb("import", "pacer", file, "--court", "akd");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains($"{file}: the court id \"docket (1)\" taken from the file name is not a PACER court id", import.Err, StringComparison.Ordinal);
        Assert.Equal(2, parse.ExitCode);
        Assert.Contains("--court ID", parse.Err, StringComparison.Ordinal);
        Assert.True(named.ExitCode == 0, named.Err);
    }

    [Fact]
    public void A_page_too_large_to_read_whole_is_refused_with_its_size_and_nothing_is_stored()
    {
        using var clerk = new ClerkProcess();
        var file = Path.Combine(clerk.Home, "njd_huge.html");
        // Over the 128 MB a report read whole may have, and no entry table to read it in pieces by.
        using (var writer = new StreamWriter(file))
        {
            writer.Write("<html><body><table>");
            const string Row = "<tr><td>01/01/2020</td><td>1</td><td>ORDER granting motion to seal documents.</td></tr>\n";
            for (var written = 0L; written <= PacerDocketParserBound; written += Row.Length)
            {
                writer.Write(Row);
            }

            writer.Write("</table></body></html>");
        }

        var demo = clerk.WithDb("demo");
        var import = clerk.WithDb("import", "pacer", file);
        var parse = clerk.Clerk("pacer", "parse", file);

        Assert.True(demo.ExitCode == 0, demo.Err);
        Assert.Equal(2, import.ExitCode);
        Assert.Contains(FormattableString.Invariant($"{file}: the report is {new FileInfo(file).Length:N0} bytes (128 MB) and cannot be read in pieces"), import.Err, StringComparison.Ordinal);
        Assert.Contains("a report read whole may be at most 134,217,728 bytes (128 MB)", import.Err, StringComparison.Ordinal);
        Assert.Contains("imported 0, failed 1", import.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("njd:", clerk.WithDb("cases", "--json").Out, StringComparison.Ordinal);
        Assert.Equal(2, parse.ExitCode);
        Assert.Contains("cannot be read in pieces", parse.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_report_with_a_row_too_deep_to_parse_is_refused_naming_its_line_not_crashing()
    {
        using var clerk = new ClerkProcess();
        // The Alaska report with 40,000 more entry rows (over the 4 MB read in pieces), then one
        // whose text is nested deeper than any docket report.
        var html = File.ReadAllText(Fixture("district", "akd.html"));
        var headingEnd = html.IndexOf("</tr>", html.IndexOf("Docket Text", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) + "</tr>".Length;
        var rows = string.Concat(Enumerable.Range(1, 40_000).Select(k => FormattableString.Invariant(
            $"\n<tr><td>01/02/2009</td><td><a href=\"https://ecf.akd.uscourts.gov/doc1/0{k:D8}\">{k + 100}</a></td><td>ORDER {k} granting motion to seal documents, signed by the court. (Entered: 01/02/2009)</td></tr>")));
        var deep = "\n<tr><td>01/03/2009</td><td>40101</td><td>" + string.Concat(Enumerable.Repeat("<div>", 1_000)) + "ORDER.</td></tr>";
        var report = string.Concat(html[..headingEnd], rows, deep, html[headingEnd..]);
        var line = report.AsSpan(0, report.IndexOf("<div>", StringComparison.Ordinal)).Count('\n') + 1;
        var file = Path.Combine(clerk.Home, "akd_deep.html");
        File.WriteAllText(file, report);
        Assert.True(new FileInfo(file).Length > 4_000_000);

        var import = clerk.WithDb("import", "pacer", file);
        var parse = clerk.Clerk("pacer", "parse", file);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains(FormattableString.Invariant($"{file}: line {line}: elements nested more than "), import.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", import.Err, StringComparison.Ordinal);
        Assert.Contains("imported 0, failed 1", import.Out, StringComparison.Ordinal);
        Assert.Equal(2, parse.ExitCode);
        Assert.Contains(FormattableString.Invariant($"{file}: line {line}: elements nested more than "), parse.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", parse.Err, StringComparison.Ordinal);
    }

    private const long PacerDocketParserBound = 128L << 20;
}
