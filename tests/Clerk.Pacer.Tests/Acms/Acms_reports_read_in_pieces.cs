using System.Text;
using Clerk.Pacer.Tests.Appellate;
using Clerk.Pacer.Tests.Conformance;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Acms;

/// <summary>
/// A large ACMS report is read in pieces (its case details parsed alone, each entry on its own), and
/// gives what the whole text gives: the same parse, or the same refusal with the same reason. Every
/// fixture and every malformed shape is forced through the pieces, from memory and from a file.
/// </summary>
public sealed class Acms_reports_read_in_pieces
{
    public static TheoryData<string> Dockets() => AppellateFixtureCase.Inputs("acms", ".acms_json");

    // What a parse gives, as one comparable value: the docket's JSON, the reason it is no docket, or the error.
    private static string Outcome(Func<PacerParseResult> parse)
    {
        try
        {
            var result = parse();
            return result.Docket is null ? $"not a docket: {result.NotDocketReason}" : FixturePairs.Serialize(result);
        }
        catch (PacerReportException e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static (string Whole, string Held, string Read, bool ReadInPieces) AllWays(byte[] content)
    {
        var whole = Outcome(() => PacerDocketParser.Parse(content, "ca9"));
        var held = Outcome(() => PacerDocketParser.Parse(ReportBytes.Of(content), "ca9", threshold: 0, batchSize: 1));
        var path = Path.Combine(Path.GetTempPath(), $"clerk-acms-{Guid.NewGuid():N}.acms_json");
        File.WriteAllBytes(path, content);
        try
        {
            var inPieces = false;
            var read = Outcome(() =>
            {
                var result = PacerDocketParser.Parse(ReportBytes.OfFile(path), "ca9", threshold: 0, batchSize: 1);
                inPieces = result.Docket?.EntriesRead == true;
                return result;
            });
            return (whole, held, read, inPieces);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Dockets))]
    public void Each_acms_fixture_read_in_pieces_parses_as_it_parses_whole(string file)
    {
        var content = File.ReadAllBytes(Fixtures.Path("pacer-dockets", "acms", file));

        var (whole, held, read, inPieces) = AllWays(content);

        Assert.StartsWith("{", whole, StringComparison.Ordinal);
        Assert.Equal(whole, held);
        Assert.Equal(whole, read);
        Assert.True(inPieces, $"{file} is read in pieces from its file");
    }

    public static TheoryData<string, bool> Shapes() => new()
    {
        // Not ACMS dockets.
        { "[1, 2, 3]", false },
        { """{"caseDetails": {"caseNumber": "23-1"}}""", false },
        { """{"docketInfo": {"docketEntries": []}}""", false },
        { """{"caseDetails": "text", "docketInfo": {}}""", false },
        { """{"caseDetails": {}, "docketInfo": null}""", false },
        // Malformed, cut short, too deep.
        { """{"caseDetails": {"caseNumber": "23-1"}, "docketInfo": {"docketEntries": [{"entryNumber": 1""", false },
        { """{"caseDetails": {}, "docketInfo": {"docketEntries": []}} trailing""", false },
        { "{\"caseDetails\": {}, \"docketInfo\": {\"docketEntries\": [" + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + "]}}", false },
        // Fields of the wrong shape: refused, whichever way they are read.
        { AcmsSamples.Docket("""[{ "entryNumber": "nineteen", "docketEntryText": "<p>x</p>" }]"""), false },
        { AcmsSamples.Docket("""[{ "entryNumber": 1 }, "an entry that is text"]"""), false },
        { AcmsSamples.Docket("{}"), false },
        { AcmsSamples.Docket("7"), false },
        // Read in pieces as any docket is.
        { AcmsSamples.Docket("""[{ "entryNumber": 1, "docketEntryText": "<p>ORDER</p>" }, { "entryNumber": 2 }]"""), true },
        { AcmsSamples.Docket("[]"), true },
        // Members named twice, escaped names, other members around them.
        { """{"caseDetails": {"caseNumber": "23-1"}, "caseDetails": {"caseNumber": "23-2"}, "docketInfo": {"docketEntries": []}}""", false },
        { """{"caseDetails": {"caseNumber": "23-1"}, "docketInfo": {"docketEntries": [], "docketEntries": [{"entryNumber": 3}]}}""", false },
        { """{"x": [{"caseDetails": 1}], "case\u0044etails": {"caseNumber": "23-1"}, "docketInfo": {"count": 1, "other": {"docketEntries": 5}, "docketEntries": [{"entryNumber": 4}]}}""", true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_read_in_pieces_gives_what_it_gives_whole(string json, bool readInPieces)
    {
        var (whole, held, read, inPieces) = AllWays(Encoding.UTF8.GetBytes(json));

        Assert.Equal(whole, held);
        Assert.Equal(whole, read);
        Assert.Equal(readInPieces, inPieces);
    }

    [Fact]
    public void A_report_with_a_byte_order_mark_is_read_in_pieces()
    {
        var content = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Fixtures.Path("pacer-dockets", "acms", "ca9_22-21.acms_json"))).ToArray();

        var (whole, held, read, inPieces) = AllWays(content);

        Assert.StartsWith("{", whole, StringComparison.Ordinal);
        Assert.Equal(whole, held);
        Assert.Equal(whole, read);
        Assert.True(inPieces);
    }
}
