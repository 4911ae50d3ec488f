using System.Text;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Conformance;

/// <summary>
/// A large report cut short inside its entry table (an interrupted download) is read in pieces as a
/// complete one is, and says what the whole text would: the same header, parties and entries, and
/// the same account of where it ends. Every district and bankruptcy fixture is cut at points all
/// through its entry table (between rows, inside a row's text, inside a tag) and read one row per
/// batch, from memory and from a file, against the same cut text parsed whole; so is every
/// appellate fixture, cut from its first entry row on.
/// </summary>
public sealed class Cut_reports_read_in_pieces
{
    public static TheoryData<string, string> Reports()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "district", "bankruptcy", "appellate" })
        {
            foreach (var name in FixturePairs.Names(folder))
            {
                data.Add(folder, name);
            }
        }

        return data;
    }

    // Byte offsets inside the entry table of `report`, from just after its heading row to before its
    // end: eight spread through it, and after one of those, the next row's start, inside its first
    // tag, and inside its text.
    private static List<int> CutsIn(string folder, byte[] report)
    {
        if (folder == "appellate")
        {
            return AppellateCutsIn(report);
        }

        var heading = report.AsSpan().IndexOf("Docket Text"u8);
        if (heading < 0)
        {
            return [];
        }

        var headingEnd = heading + report.AsSpan(heading).IndexOf("</tr>"u8) + "</tr>".Length;
        var tableEnd = report.AsSpan(headingEnd).IndexOf("</table>"u8);
        return CutsIn(report, headingEnd, tableEnd < 0 ? report.Length - headingEnd : tableEnd);
    }

    // The same from an appellate report's first entry row (the first row after the second table
    // start tag after its DOCKET ENTRIES comment) to the next table end tag.
    private static List<int> AppellateCutsIn(byte[] report)
    {
        var lower = Encoding.Latin1.GetString(report).ToLowerInvariant();
        var section = lower.IndexOf("docket entries", StringComparison.Ordinal);
        var outer = section < 0 ? -1 : lower.IndexOf("<table", section, StringComparison.Ordinal);
        var inner = outer < 0 ? -1 : lower.IndexOf("<table", outer + 1, StringComparison.Ordinal);
        var firstRow = inner < 0 ? -1 : lower.IndexOf("<tr", inner, StringComparison.Ordinal);
        var end = firstRow < 0 ? -1 : lower.IndexOf("</table", firstRow, StringComparison.Ordinal);
        return firstRow < 0 ? [] : CutsIn(report, firstRow, (end < 0 ? report.Length : end) - firstRow);
    }

    private static List<int> CutsIn(byte[] report, int headingEnd, int span)
    {
        var cuts = Enumerable.Range(0, 8).Select(k => headingEnd + (int)((long)span * k / 8)).ToList();
        var middle = headingEnd + (span / 2);
        var row = report.AsSpan(middle).IndexOf("<tr"u8);
        if (row >= 0 && middle + row < headingEnd + span)
        {
            cuts.AddRange([middle + row, middle + row + 2, middle + row + 6]);
        }

        var text = report.AsSpan(middle).IndexOf("<td"u8);
        if (text >= 0)
        {
            var close = report.AsSpan(middle + text).IndexOf((byte)'>');
            cuts.Add(middle + text + close + 4);
        }

        return [.. cuts.Where(c => c > headingEnd && c < report.Length).Distinct().Order()];
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_report_cut_inside_its_entry_table_reads_in_pieces_as_it_reads_whole(string folder, string name)
    {
        var path = Fixtures.Path("pacer-dockets", folder, name);
        var court = PacerDocketParser.CourtIdFromFileName(path);
        var report = File.ReadAllBytes(path);
        var cuts = CutsIn(folder, report);
        var failures = new StringBuilder();
        var inPieces = 0;
        foreach (var cut in cuts)
        {
            var bytes = report[..cut];
            var whole = PacerDocketParser.Parse(bytes, court);
            var expected = (Json(whole), whole.Docket?.Truncation, whole.NotDocketReason);

            var held = PacerDocketParser.Parse(ReportBytes.Of(bytes), court, threshold: 0, batchSize: 1);
            var file = Path.Combine(Path.GetTempPath(), $"clerk-cut-{Guid.NewGuid():N}.html");
            File.WriteAllBytes(file, bytes);
            try
            {
                var read = PacerDocketParser.Parse(ReportBytes.OfFile(file), court, threshold: 0, batchSize: 1);
                inPieces += read.Docket?.EntriesRead == true ? 1 : 0;
                foreach (var (how, result) in new[] { ("from memory", held), ("from its file", read) })
                {
                    if ((Json(result), result.Docket?.Truncation, result.NotDocketReason) != expected)
                    {
                        failures.AppendLine(CultureInvariant($"cut at byte {cut}, read {how}: {result.Docket?.Truncation ?? result.NotDocketReason} / whole: {expected.Truncation ?? expected.NotDocketReason}"));
                    }
                }
            }
            finally
            {
                File.Delete(file);
            }
        }

        Assert.True(failures.Length == 0, $"{folder}/{name}:\n{failures}");
        // What the comparison stands on: the cut reports were read in pieces, not parsed whole again.
        Assert.True(cuts.Count == 0 || inPieces > 0, $"{folder}/{name}: none of {cuts.Count} cuts was read in pieces");
    }

    [Fact]
    public void A_cut_report_read_in_pieces_says_where_it_ends_and_keeps_its_entries_in_the_file()
    {
        var path = Fixtures.Path("pacer-dockets", "district", "akd.html");
        var html = File.ReadAllText(path);
        var cut = html.IndexOf("Personal Page, Inc. on 12/30/08", StringComparison.Ordinal);
        var lastLine = html.AsSpan(0, cut).Count('\n') + 1;
        var tableLine = html.AsSpan(0, html.LastIndexOf("<table", cut, StringComparison.OrdinalIgnoreCase)).Count('\n') + 1;
        var file = Path.Combine(Path.GetTempPath(), $"clerk-cut-{Guid.NewGuid():N}.html");
        File.WriteAllText(file, html[..cut]);
        try
        {
            var docket = (District.DistrictDocket)PacerDocketParser.Parse(ReportBytes.OfFile(file), "akd", threshold: 0, batchSize: 1).Docket!;

            Assert.True(docket.EntriesRead);
            Assert.Equal(
                $"the report ends at line {lastLine} inside a table opened at line {tableLine} that is never closed; 3 docket entries were read",
                docket.Truncation);
            Assert.StartsWith("AFFIDAVIT of Service for Complaint", docket.Entries.Last().Description, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Json(PacerParseResult result) => result.Docket is null ? "" : FixturePairs.Serialize(result);

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);
}
