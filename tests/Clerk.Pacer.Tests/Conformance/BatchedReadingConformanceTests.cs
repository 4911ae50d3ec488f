using Clerk.Pacer.District;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Conformance;

/// <summary>
/// Reading the entry table in pieces (the large-report path, <see cref="EntryTable"/>) gives the
/// same parse as reading the whole report, from bytes in memory and from the report's file (whose
/// entries are then read as they are enumerated). Forcing it on every fixture with one row per
/// batch exercises every batch boundary.
/// </summary>
public sealed class BatchedReadingConformanceTests
{
    public static TheoryData<string> District => FixturePairs.Names("district");

    public static TheoryData<string> Bankruptcy => FixturePairs.Names("bankruptcy");

    public static TheoryData<string> Appellate => FixturePairs.Names("appellate");

    private static PacerParseResult ParseInBatches(byte[] content, string court) =>
        PacerDocketParser.Parse(ReportBytes.Of(content), court, threshold: 0, batchSize: 1);

    // The file is deleted only after the JSON is written, which reads the entries from it.
    private static PacerParseResult ParseFileInBatches(byte[] content, string court)
    {
        var path = Path.Combine(Path.GetTempPath(), $"clerk-batched-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(path, content);
        try
        {
            var result = PacerDocketParser.Parse(ReportBytes.OfFile(path), court, threshold: 0, batchSize: 1);
            var json = result.Docket is null ? "" : FixturePairs.Serialize(result);
            Assert.Equal(json, result.Docket is null ? "" : FixturePairs.Serialize(result));
            return new PacerParseResult(result.Docket is null ? null : new HeldCopy(json), result.NotDocketReason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(District))]
    public void A_district_report_read_row_by_row_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("district", file, ParseInBatches);

    [Theory]
    [MemberData(nameof(Bankruptcy))]
    public void A_bankruptcy_report_read_row_by_row_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("bankruptcy", file, ParseInBatches);

    [Theory]
    [MemberData(nameof(District))]
    public void A_district_report_read_row_by_row_from_its_file_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("district", file, ParseFileInBatches);

    [Theory]
    [MemberData(nameof(Bankruptcy))]
    public void A_bankruptcy_report_read_row_by_row_from_its_file_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("bankruptcy", file, ParseFileInBatches);

    [Theory]
    [MemberData(nameof(Appellate))]
    public void An_appellate_report_read_row_by_row_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("appellate", file, ParseInBatches);

    [Theory]
    [MemberData(nameof(Appellate))]
    public void An_appellate_report_read_row_by_row_from_its_file_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("appellate", file, ParseFileInBatches);

    // Every appellate fixture with an entries section is read in pieces: no header field of theirs
    // needs the whole page.
    [Theory]
    [MemberData(nameof(Appellate))]
    public void An_appellate_report_with_an_entries_section_is_read_in_pieces(string file)
    {
        var path = Fixtures.Path("pacer-dockets", "appellate", file);
        var court = PacerDocketParser.CourtIdFromFileName(path);
        var read = PacerDocketParser.Parse(ReportBytes.OfFile(path), court, threshold: 0, batchSize: 1).Docket!;
        Assert.Equal(File.ReadAllText(path).Contains("DOCKET ENTRIES", StringComparison.Ordinal), read.EntriesRead);
        Assert.False(PacerDocketParser.Parse(File.ReadAllBytes(path), court).Docket!.EntriesRead);
    }

    [Fact]
    public void A_large_report_read_from_its_file_reads_its_entries_as_they_are_enumerated()
    {
        var path = Fixtures.Path("pacer-dockets", "district", "akd.html");
        var copy = Path.Combine(Path.GetTempPath(), $"clerk-batched-{Guid.NewGuid():N}.html");
        File.Copy(path, copy);
        try
        {
            var read = PacerDocketParser.Parse(ReportBytes.OfFile(copy), "akd", threshold: 0, batchSize: 1).Docket!;
            var held = PacerDocketParser.Parse(File.ReadAllBytes(path), "akd").Docket!;
            Assert.True(read.EntriesRead);
            Assert.False(held.EntriesRead);
            Assert.Equal(held.EntryCount, read.EntryCount);

            File.AppendAllText(copy, "<!-- changed -->");
            var e = Assert.Throws<IOException>(() => ((District.DistrictDocket)read).Entries.Count());
            Assert.Contains(copy, e.Message, StringComparison.Ordinal);
            Assert.Contains("changed", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    // A parse already written as JSON, so that its file may go.
    private sealed class HeldCopy(string json) : ParsedDocket
    {
        public override DocketReportKind Kind => DocketReportKind.District;

        public override int EntryCount => 0;

        public override void WriteJson(System.Text.Json.Utf8JsonWriter writer) =>
            System.Text.Json.JsonDocument.Parse(json).WriteTo(writer);
    }
}
