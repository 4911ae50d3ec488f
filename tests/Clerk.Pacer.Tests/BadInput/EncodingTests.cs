using System.Text;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>Reports saved as Latin-1/Windows-1252, or mixing it with UTF-8, decode without throwing and keep their letters.</summary>
public sealed class EncodingTests
{
    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void A_latin1_party_name_keeps_its_accented_letters()
    {
        var html = ReportSamples.Akd.Replace("Matthew Brent Gifford", "Mat\u00e9o Brent Gifford", StringComparison.Ordinal);

        var result = PacerDocketParser.Parse(Latin1(html), "akd");

        var docket = ReportSamples.Docket(result);
        Assert.Contains(docket.Parties, p => p.Name == "Mat\u00e9o Brent Gifford");
    }

    [Fact]
    public void Utf8_and_windows1252_bytes_in_one_file_each_decode_to_their_character()
    {
        // "é" as UTF-8 (C3 A9), then "é" as Latin-1 (E9), then Windows-1252 curly quotes (93, 94).
        byte[] bytes = [.. "a"u8, 0xC3, 0xA9, .. " b"u8, 0xE9, .. " "u8, 0x93, .. "q"u8, 0x94];

        Assert.Equal("a\u00e9 b\u00e9 \u201cq\u201d", TextDecoding.Decode(bytes));
    }

    [Fact]
    public void A_report_mixing_encodings_parses()
    {
        var html = ReportSamples.Akd;
        int at = html.IndexOf("Personal Page, Inc.", StringComparison.Ordinal);
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(html[..at]));
        bytes.AddRange(Latin1("Caf\u00e9 "));
        bytes.AddRange(Encoding.UTF8.GetBytes("R\u00e9sum\u00e9 " + html[at..]));

        var docket = ReportSamples.Docket(PacerDocketParser.Parse(bytes.ToArray(), "akd"));

        Assert.Contains(docket.Parties, p => p.Name == "Caf\u00e9 R\u00e9sum\u00e9 Personal Page, Inc.");
    }

    [Fact]
    public void A_truncated_utf8_sequence_at_the_end_does_not_throw() =>
        Assert.Equal("ab\u00c3", TextDecoding.Decode([.. "ab"u8, 0xC3]));
}
