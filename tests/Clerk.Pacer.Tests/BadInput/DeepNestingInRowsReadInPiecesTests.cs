using System.Text;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// A report read in pieces parses its entry rows a batch at a time, so markup nested deeper than
/// any docket report in a late row is found only when that batch is parsed. It is refused as the
/// whole text would be, naming the line of the report (not of the batch) where it gets too deep.
/// </summary>
public sealed class DeepNestingInRowsReadInPiecesTests
{
    // The report with 1,000 nested divs in the text of its last entry (before its "Entered:" stamp), and their line.
    private static (byte[] Report, int Line) Deepened(string folder, string name)
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", folder, name));
        var at = html.LastIndexOf("Entered:", StringComparison.Ordinal);
        Assert.True(at > 0, $"{name} has an entry stamped as entered");
        var deep = string.Concat(html[..at], string.Concat(Enumerable.Repeat("<div>", 1_000)), html[at..]);
        return (Encoding.UTF8.GetBytes(deep), deep.AsSpan(0, at).Count('\n') + 1);
    }

    private static string InFile(byte[] report)
    {
        var path = Path.Combine(Path.GetTempPath(), $"clerk-deep-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(path, report);
        return path;
    }

    [Fact]
    public void A_district_report_is_refused_when_its_entries_are_read_naming_the_line_of_the_report()
    {
        var (report, line) = Deepened("district", "akd.html");
        var whole = Assert.Throws<PacerReportException>(() => PacerDocketParser.Parse(report, "akd"));
        var path = InFile(report);
        try
        {
            var docket = PacerDocketParser.Parse(ReportBytes.OfFile(path), "akd", threshold: 0, batchSize: 1).Docket!;
            Assert.True(docket.EntriesRead);

            var e = Assert.Throws<PacerReportException>(() => docket.EntryCount);

            Assert.Equal(line, e.Line);
            Assert.Equal(whole.Message, e.Message);
            Assert.StartsWith($"line {line}: elements nested more than ", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_appellate_report_is_refused_as_it_is_parsed_naming_the_line_of_the_report()
    {
        var (report, line) = Deepened("appellate", "ca6_1.html");
        var whole = Assert.Throws<PacerReportException>(() => PacerDocketParser.Parse(report, "ca6"));
        var path = InFile(report);
        try
        {
            var e = Assert.Throws<PacerReportException>(() => PacerDocketParser.Parse(ReportBytes.OfFile(path), "ca6", threshold: 0, batchSize: 1));

            Assert.Equal(line, e.Line);
            Assert.Equal(whole.Message, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
