using Clerk.Pacer.District;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.Conformance;

/// <summary>
/// Reading the entry table in batches (the large-report path) gives the same parse as reading
/// the whole report. Forcing it on every fixture with one row per batch exercises every batch boundary.
/// </summary>
public sealed class BatchedReadingConformanceTests
{
    public static TheoryData<string> District => FixturePairs.Names("district");

    public static TheoryData<string> Bankruptcy => FixturePairs.Names("bankruptcy");

    private static PacerParseResult ParseInBatches(byte[] content, string court)
    {
        var docket = DistrictDocketParser.TryParse(TextDecoding.Decode(content), court, streamingThreshold: 0, out var reason, batchSize: 1);
        return new PacerParseResult(docket, reason);
    }

    [Theory]
    [MemberData(nameof(District))]
    public void A_district_report_read_row_by_row_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("district", file, ParseInBatches);

    [Theory]
    [MemberData(nameof(Bankruptcy))]
    public void A_bankruptcy_report_read_row_by_row_parses_to_its_expected_json(string file) =>
        FixturePairs.AssertMatches("bankruptcy", file, ParseInBatches);
}
