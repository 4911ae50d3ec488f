using System.Text.Json;
using System.Text.RegularExpressions;
using Clerk.Pacer.Appellate;

using Clerk.Pacer.Text;

namespace Clerk.Pacer.Acms;

/// <summary>Parses ACMS appellate dockets (JSON).</summary>
/// <remarks>
/// An ACMS docket is a JSON object with a <c>caseDetails</c> object and a <c>docketInfo</c>
/// object holding <c>docketEntries</c>. Input that is not a JSON object, or an object without
/// those two members, is not an ACMS docket: <see cref="TryParse"/> returns null. Input that
/// starts as a JSON object but is malformed or truncated, or whose members have the wrong
/// shape, throws <see cref="AcmsDocketFormatException"/> with a one-line reason.
/// </remarks>
public static partial class AcmsDocketParser
{
    private static readonly string[] CaseTypeFields = ["caseType", "caseSubType", "caseSubSubType"];

    /// <summary>The parse of an ACMS docket, or null when <paramref name="json"/> is not one.</summary>
    /// <exception cref="AcmsDocketFormatException">The JSON is malformed or a docket field has the wrong shape.</exception>
    public static ParsedDocket? TryParse(string json, string courtId)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(courtId);
        if (!json.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AcmsDocketFormatException(
                $"ACMS docket JSON is malformed (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstLine(e.Message)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("caseDetails", out var details) || details.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("docketInfo", out var info) || info.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return Read(details, () => ReadEntries(info), courtId);
        }
    }

    /// <summary>
    /// The parse of a large ACMS report read in pieces (<see cref="AcmsEntrySpans"/>): its details
    /// parsed alone, each entry on its own. Every entry is read once here, so that a report the
    /// whole-text parse would refuse is refused here too; <paramref name="entriesRead"/> then gives
    /// entries read again from <paramref name="bytes"/> each time they are enumerated rather than
    /// held. Null when the report is not of the plain shape the pieces are found in: the caller then
    /// parses the whole text.
    /// </summary>
    /// <exception cref="AcmsDocketFormatException">A docket field has the wrong shape.</exception>
    internal static PacerParseResult? TryParseInPieces(ReportBytes bytes, string courtId, bool entriesRead)
    {
        if (AcmsEntrySpans.Find(bytes) is not { } spans)
        {
            return null;
        }

        using var document = JsonDocument.Parse(spans.DetailsText());
        IEnumerable<AcmsDocketEntry> Entries() => spans.EntryTexts().Select(entry =>
        {
            using var row = JsonDocument.Parse(entry.Json);
            return ReadEntry(row.RootElement, entry.Index);
        });

        var docket = Read(document.RootElement, () => entriesRead ? Entries() : [.. Entries()], courtId, entriesRead);
        if (entriesRead)
        {
            foreach (var _ in docket.Entries)
            {
                // Read once, for what the whole-text parse would refuse.
            }
        }

        return new PacerParseResult(docket, null);
    }

    private static string FirstLine(string message) => message.Split('\r', '\n')[0];

    private static AcmsDocket Read(JsonElement details, Func<IEnumerable<AcmsDocketEntry>> entries, string courtId, bool entriesRead = false)
    {
        var court = Member(details, "court");
        var hasCourt = court is { ValueKind: JsonValueKind.Object } && court.Value.EnumerateObject().Any();
        var hasName = hasCourt && court!.Value.TryGetProperty("name", out _);
        var hasIdentifier = hasCourt && court!.Value.TryGetProperty("identifier", out _);
        string? lowerName = hasName ? Text(court!.Value, "name", "caseDetails.court") : null;
        var districtCourt = Text(details, "districtCourtName", "caseDetails");
        if (!string.IsNullOrEmpty(districtCourt))
        {
            lowerName = districtCourt;
            hasName = true;
        }

        var alienNumber = Text(details, "aNumber", "caseDetails");
        var origin = new AcmsOriginatingCourt(
            lowerName,
            hasIdentifier ? Text(court!.Value, "identifier", "caseDetails.court") : null,
            string.IsNullOrEmpty(alienNumber) ? null : alienNumber)
        {
            HasName = hasName,
            HasIdentifier = hasIdentifier,
        };

        var caseTypes = CaseTypeFields
            .Select(name => Text(details, name, "caseDetails"))
            .Where(value => !string.IsNullOrEmpty(value));

        return new AcmsDocket
        {
            CourtId = courtId,
            PacerCaseId = Text(details, "caseId", "caseDetails"),
            DocketNumber = Text(details, "caseNumber", "caseDetails"),
            CaseName = Text(details, "name", "caseDetails"),
            DateFiled = CourtDate.Parse(Text(details, "caseOpened", "caseDetails")),
            AppealFrom = court is { ValueKind: JsonValueKind.Object } c ? Text(c, "name", "caseDetails.court") : null,
            FeeStatus = Text(details, "feeStatus", "caseDetails"),
            OriginatingCourt = origin.IsEmpty ? null : origin,
            CaseTypeInformation = string.Join(", ", caseTypes),
            Parties = ReadParties(Text(details, "partyAttorneyList", "caseDetails")),
            Entries = entries(),
            EntriesRead = entriesRead,
        };
    }

    private static JsonElement? Member(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement parent, string name, string path)
    {
        if (Member(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new AcmsDocketFormatException($"ACMS docket field {path}.{name} should be text but is {value.ValueKind}.") { Field = $"{path}.{name}" };
    }

    private static long? Number(JsonElement parent, string name, string path)
    {
        if (Member(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new AcmsDocketFormatException($"ACMS docket field {path}.{name} should be a whole number but is {value.GetRawText()}.") { Field = $"{path}.{name}" };
    }

    private static List<AppellateParty> ReadParties(string? html)
    {
        var parties = new List<AppellateParty>();
        if (string.IsNullOrWhiteSpace(html))
        {
            return parties;
        }

        var tree = MarkupTree.Parse(html);
        foreach (var row in tree.Elements.Where(e => e.Name == "tr"))
        {
            var cells = row.DescendantElements("td").ToList();
            if (cells.Count != 2)
            {
                continue;
            }

            var attorneys = cells[1].Children.Where(c => c.IsElement).Select(block => PartyListing.ReadAttorney([block])).OfType<AppellateAttorney>().ToList();

            if (PartyListing.ReadPartyCell(cells[0], attorneys) is { } party)
            {
                parties.Add(party);
            }
        }

        return parties;
    }

    [GeneratedRegex(@"\[Entered:\s+([—\d\-–/]+\s[^]]+)]", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredStamp();

    private static List<AcmsDocketEntry> ReadEntries(JsonElement info)
    {
        var entries = new List<AcmsDocketEntry>();
        if (Member(info, "docketEntries") is not { } list)
        {
            return entries;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new AcmsDocketFormatException($"ACMS docket field docketInfo.docketEntries should be a list but is {list.ValueKind}.") { Field = "docketInfo.docketEntries" };
        }

        var index = 0;
        foreach (var row in list.EnumerateArray())
        {
            entries.Add(ReadEntry(row, index++));
        }

        return entries;
    }

    private static AcmsDocketEntry ReadEntry(JsonElement row, int index)
    {
        var path = $"docketInfo.docketEntries[{index}]";
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new AcmsDocketFormatException($"ACMS docket field {path} should be an object but is {row.ValueKind}.") { Field = path };
        }

        var html = Text(row, "docketEntryText", path);
        var text = html is null ? string.Empty : PlainText(html);
        var stamp = EnteredStamp().Match(text);
        return new AcmsDocketEntry(
            DocumentNumber: Number(row, "entryNumber", path),
            DescriptionHtml: html,
            Description: text,
            DateEntered: stamp.Success ? CourtDate.ParseDateTime(stamp.Groups[1].Value) : null,
            DateFiled: CourtDate.ParseDateTime(Text(row, "endDateFormatted", path)),
            PacerDocId: Text(row, "docketEntryId", path),
            PageCount: Number(row, "pageCount", path));
    }

    // Entry text is a small HTML fragment, usually one paragraph. When the fragment is a single
    // element, white space around it is not part of the text.
    private static string PlainText(string html)
    {
        var root = MarkupTree.Parse(html).Root;
        var elements = root.Children.Where(n => n.IsElement).ToList();
        if (elements.Count == 1 && root.Children.All(n => !n.IsText || PyText.Strip(n.Text).Length == 0))
        {
            return elements[0].TextContent();
        }

        return root.TextContent();
    }
}
