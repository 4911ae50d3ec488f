using System.Text.Json;
using Clerk.Pacer.Acms;
using Clerk.Pacer.Appellate;
using Clerk.Pacer.District;
using Clerk.Pacer.Text;

namespace Clerk.Pacer;

/// <summary>The result of reading a file that may be a docket report.</summary>
/// <param name="Docket">The parse, or null when the content is not a docket report.</param>
/// <param name="NotDocketReason">Why the content is not a docket report (one line); null when <paramref name="Docket"/> is set.</param>
public sealed record PacerParseResult(ParsedDocket? Docket, string? NotDocketReason)
{
    /// <summary>Writes the parse as the fixtures' JSON: the docket object, or <c>{}</c> when there is none.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        if (Docket is null)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        Docket.WriteJson(writer);
    }
}

/// <summary>
/// Entry point for PACER docket reports: decodes the bytes, tells the kind of report from its
/// content (ACMS JSON, appellate CM/ECF HTML, district or bankruptcy CM/ECF HTML) and parses it.
/// </summary>
public static class PacerDocketParser
{
    /// <summary>Parses <paramref name="content"/> for the court <paramref name="courtId"/> (e.g. "akd", "cacb").</summary>
    public static PacerParseResult Parse(ReadOnlySpan<byte> content, string courtId)
    {
        ArgumentNullException.ThrowIfNull(courtId);
        var text = TextDecoding.Decode(content);
        return ParseText(text, courtId);
    }

    /// <summary>Parses already decoded report text.</summary>
    public static PacerParseResult ParseText(string text, string courtId)
    {
        var start = FirstNonSpace(text);
        if (start < text.Length && text[start] is '{' or '[')
        {
            var acms = AcmsDocketParser.TryParse(text, courtId);
            return acms is null
                ? new PacerParseResult(null, "the JSON content is not an ACMS docket")
                : new PacerParseResult(acms, null);
        }

        if (LooksAppellate(text, courtId))
        {
            var appellate = AppellateDocketParser.TryParse(text, courtId);
            return appellate is null
                ? new PacerParseResult(null, "the page is not an appellate docket report")
                : new PacerParseResult(NoteTruncation(appellate, text), null);
        }

        var docket = DistrictDocketParser.TryParse(text, courtId, out var reason);
        return docket is null ? new PacerParseResult(null, reason) : new PacerParseResult(NoteTruncation(docket, text), null);
    }

    private static ParsedDocket NoteTruncation(ParsedDocket docket, string text)
    {
        if (ReportEnd.Truncation(text) is { } where)
        {
            docket.Truncation = $"{where}; {docket.EntryCount} docket {(docket.EntryCount == 1 ? "entry was" : "entries were")} read";
        }

        return docket;
    }

    /// <summary>The court id a fixture-style file name carries: the name up to the first '_' or '.' ("cacd_2.html" → "cacd").</summary>
    public static string CourtIdFromFileName(string path)
    {
        var name = Path.GetFileName(path);
        int end = name.IndexOfAny(['_', '.']);
        return end < 0 ? name : name[..end];
    }

    private static int FirstNonSpace(string text)
    {
        int i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\ufeff'))
        {
            i++;
        }

        return i;
    }

    // CM/ECF appellate pages are served by the courts of appeals and say so in their header.
    private static bool LooksAppellate(string text, string courtId)
    {
        if (IsAppellateCourt(courtId))
        {
            return true;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, 20_000));
        return CaselessSearch.Contains(head, "General Docket") && CaselessSearch.Contains(head, "Court of Appeals");
    }

    // One answer for the whole of Clerk: the court table of the rules data (bankruptcy appellate panels included).
    internal static bool IsAppellateCourt(string courtId) => Mapping.CourtDirectory.IsAppellate(courtId);
}
