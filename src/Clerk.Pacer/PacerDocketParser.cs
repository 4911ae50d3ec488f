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
    /// <summary>Reports longer than this many bytes are read in pieces (<see cref="ParseFile"/>).</summary>
    public const int LargeReportBytes = EntryTable.DefaultThreshold;

    /// <summary>
    /// The largest report, or part of a report read in pieces, parsed as one tree: one that cannot be
    /// read in pieces (a page whose entry table cannot be found or read apart from the rest, ACMS JSON
    /// of an odd shape) takes tens of times its size in memory, so a larger one is refused rather
    /// than let exhaust the machine's memory. No real docket report comes near it.
    /// </summary>
    public const long WholeReportBytesAtMost = 128L << 20;

    /// <summary>Parses <paramref name="content"/> for the court <paramref name="courtId"/> (e.g. "akd", "cacb").</summary>
    /// <exception cref="PacerReportException">The report cannot be read: see <see cref="WholeReportBytesAtMost"/>, and malformed input.</exception>
    public static PacerParseResult Parse(ReadOnlyMemory<byte> content, string courtId) =>
        Parse(ReportBytes.Of(content), courtId, LargeReportBytes, EntryTable.DefaultBatchSize);

    /// <summary>
    /// Parses the report in the file at <paramref name="path"/>. A large report of any kind is read
    /// in pieces and its docket entries are not held: they are read from the file each time they are
    /// enumerated (<see cref="ParsedDocket.EntriesRead"/>), so memory stays bounded for a docket of
    /// any size. The file must not change while its entries are read.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="PacerReportException">The report cannot be read: see <see cref="WholeReportBytesAtMost"/>, and malformed input.</exception>
    public static PacerParseResult ParseFile(string path, string courtId) =>
        Parse(ReportBytes.OfFile(path), courtId, LargeReportBytes, EntryTable.DefaultBatchSize);

    /// <summary>
    /// Parses <paramref name="bytes"/>, reading a report longer than <paramref name="threshold"/>
    /// bytes in pieces (of about <paramref name="batchSize"/> bytes of entry rows for HTML reports).
    /// </summary>
    internal static PacerParseResult Parse(ReportBytes bytes, string courtId, long threshold, int batchSize, long wholeAtMost = WholeReportBytesAtMost)
    {
        ArgumentNullException.ThrowIfNull(courtId);
        var kind = DocketReportKind.District;
        if (bytes.Length > threshold)
        {
            var entriesRead = bytes.Path is not null;
            kind = KindFromHead(bytes, courtId);
            if (kind == DocketReportKind.District && DistrictDocketParser.TryParseInPieces(bytes, courtId, batchSize, entriesRead, wholeAtMost) is var (docket, reason))
            {
                return new PacerParseResult(docket, reason);
            }

            if (kind == DocketReportKind.Appellate && AppellateDocketParser.TryParseInPieces(bytes, courtId, batchSize, entriesRead, wholeAtMost) is { } appellate)
            {
                return appellate;
            }

            if (kind == DocketReportKind.Acms && AcmsDocketParser.TryParseInPieces(bytes, courtId, entriesRead) is { } acms)
            {
                return acms;
            }
        }

        if (bytes.Length > wholeAtMost)
        {
            throw new PacerReportException(
                $"the report is {Bytes(bytes.Length)} and cannot be read in pieces ({WhyWhole(kind)}); a report read whole may be at most {Bytes(wholeAtMost)}");
        }

        using var handle = bytes.Open();
        return ParseText(bytes.Text(handle, 0, bytes.Length), courtId);
    }

    /// <summary>
    /// Refuses the parts of a report read in pieces that are parsed as one tree (its header and what
    /// follows its entries) when they are over <paramref name="atMost"/> bytes together, as a report
    /// read whole is refused (<see cref="WholeReportBytesAtMost"/>).
    /// </summary>
    internal static void RefuseOver(long bytes, long atMost, string what)
    {
        if (bytes > atMost)
        {
            throw new PacerReportException($"{what} are {Bytes(bytes)}, parsed whole; a report read whole may be at most {Bytes(atMost)}");
        }
    }

    // Exact, so that a report just over the bound is seen to be over it: "134,217,800 bytes (128 MB)".
    private static string Bytes(long bytes) => bytes >= 1 << 20
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({bytes >> 20} MB)")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static string WhyWhole(DocketReportKind kind) => kind switch
    {
        DocketReportKind.Acms => "an ACMS report whose JSON is not one object with its case details and a list of docket entries, each member once, in UTF-8, is read whole",
        DocketReportKind.Appellate => "it has no entry rows after a DOCKET ENTRIES section comment that can be read apart from the rest of the page",
        _ => "it has no \"Docket Text\" entry table in its first 64 MB that can be read apart from the rest of the page",
    };

    // ACMS (JSON), appellate, or else district, judged as ParseText judges, from the report's head.
    private static DocketReportKind KindFromHead(ReportBytes bytes, string courtId)
    {
        using var handle = bytes.Open();
        var head = bytes.Text(handle, 0, Math.Min(bytes.Length, 80_000));
        return LooksLikeJson(head) ? DocketReportKind.Acms : LooksAppellate(head, courtId) ? DocketReportKind.Appellate : DocketReportKind.District;
    }

    // ACMS reports are JSON: an object or an array, after any white space or byte order mark.
    private static bool LooksLikeJson(string text)
    {
        var start = FirstNonSpace(text);
        return start < text.Length && text[start] is '{' or '[';
    }

    /// <summary>Parses already decoded report text (as one tree, however long).</summary>
    public static PacerParseResult ParseText(string text, string courtId)
    {
        if (LooksLikeJson(text))
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
                ? new PacerParseResult(null, AppellateDocketParser.NotAnAppellateDocket)
                : new PacerParseResult(NoteTruncation(appellate, text), null);
        }

        var docket = DistrictDocketParser.TryParse(text, courtId, out var reason);
        return docket is null ? new PacerParseResult(null, reason) : new PacerParseResult(NoteTruncation(docket, text), null);
    }

    private static ParsedDocket NoteTruncation(ParsedDocket docket, string text)
    {
        if (ReportEnd.Truncation(text) is { } where)
        {
            docket.Truncation = ReportEnd.Described(where, docket.EntryCount);
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
