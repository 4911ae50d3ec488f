using System.Text.Json;
using Clerk.Pacer.Appellate;
using Clerk.Pacer.Text;
using NodaTime;

namespace Clerk.Pacer.Acms;

/// <summary>One entry of an ACMS docket.</summary>
/// <param name="DocumentNumber">The entry number.</param>
/// <param name="DescriptionHtml">The entry text as ACMS gives it (HTML).</param>
/// <param name="Description">The entry text as plain text.</param>
/// <param name="DateEntered">The local date-time of the text's "[Entered: ...]" stamp, when present.</param>
/// <param name="DateFiled">The entry's filing date (ACMS gives no time: midnight).</param>
/// <param name="PacerDocId">ACMS's docket entry id (a GUID).</param>
/// <param name="PageCount">Pages of the entry's documents.</param>
public sealed record AcmsDocketEntry(
    long? DocumentNumber,
    string? DescriptionHtml,
    string Description,
    LocalDateTime? DateEntered,
    LocalDateTime? DateFiled,
    string? PacerDocId,
    long? PageCount)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        DocketJson.WriteNumber(writer, "document_number", DocumentNumber);
        writer.WriteString("description_html", DescriptionHtml);
        writer.WriteString("description", Description);
        DocketJson.WriteDateTime(writer, "date_entered", DateEntered);
        DocketJson.WriteDateTime(writer, "date_filed", DateFiled);
        writer.WriteString("pacer_doc_id", PacerDocId);
        DocketJson.WriteNumber(writer, "page_count", PageCount);
        writer.WriteEndObject();
    }
}

/// <summary>What ACMS says about the lower court or agency; ACMS gives no lower-court docket number.</summary>
/// <param name="Name">The district court's name when given, else the court or agency name.</param>
/// <param name="Identifier">ACMS's identifier of the court or agency.</param>
/// <param name="RestrictedAlienNumber">An immigration alien number; kept apart because it must not be published.</param>
public sealed record AcmsOriginatingCourt(string? Name, string? Identifier, string? RestrictedAlienNumber)
{
    internal bool HasName { get; init; }

    internal bool HasIdentifier { get; init; }

    internal bool IsEmpty => !HasName && !HasIdentifier && RestrictedAlienNumber is null;

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (HasName)
        {
            writer.WriteString("name", Name);
        }

        if (HasIdentifier)
        {
            writer.WriteString("identifier", Identifier);
        }

        if (RestrictedAlienNumber is not null)
        {
            writer.WriteString("RESTRICTED_ALIEN_NUMBER", RestrictedAlienNumber);
        }

        writer.WriteEndObject();
    }
}

/// <summary>A court of appeals docket from ACMS (the JSON its case and docket-entry services return), parsed.</summary>
public sealed class AcmsDocket : ParsedDocket
{
    public override DocketReportKind Kind => DocketReportKind.Acms;

    /// <summary>The court id the docket was read for ("ca9").</summary>
    public required string CourtId { get; init; }

    /// <summary>ACMS's case id (a GUID).</summary>
    public string? PacerCaseId { get; init; }

    /// <summary>The appeal's docket number ("23-7222").</summary>
    public string? DocketNumber { get; init; }

    /// <summary>The case name as ACMS gives it.</summary>
    public string? CaseName { get; init; }

    /// <summary>The date the case was opened.</summary>
    public LocalDate? DateFiled { get; init; }

    /// <summary>The court or agency appealed from.</summary>
    public string? AppealFrom { get; init; }

    /// <summary>The fee status.</summary>
    public string? FeeStatus { get; init; }

    /// <summary>The lower court, or null when ACMS says nothing about it.</summary>
    public AcmsOriginatingCourt? OriginatingCourt { get; init; }

    /// <summary>Case type, subtype and sub-subtype joined with ", ".</summary>
    public required string CaseTypeInformation { get; init; }

    /// <summary>The parties in docket order.</summary>
    public required IReadOnlyList<AppellateParty> Parties { get; init; }

    /// <summary>
    /// The docket entries in docket order. Held in memory, unless <see cref="ParsedDocket.EntriesRead"/>:
    /// then each enumeration reads them again from the report's file, one at a time.
    /// </summary>
    public required IEnumerable<AcmsDocketEntry> Entries { get; init; }

    /// <inheritdoc/>
    /// <remarks>Of entries that are read (<see cref="ParsedDocket.EntriesRead"/>), this reads them all.</remarks>
    public override int EntryCount => Entries.TryGetNonEnumeratedCount(out var count) ? count : Entries.Count();

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("court_id", CourtId);
        writer.WriteString("pacer_case_id", PacerCaseId);
        writer.WriteString("docket_number", DocketNumber);
        writer.WriteString("case_name", CaseName);
        DocketJson.WriteDate(writer, "date_filed", DateFiled);
        writer.WriteString("appeal_from", AppealFrom);
        writer.WriteString("fee_status", FeeStatus);
        if (OriginatingCourt is { IsEmpty: false })
        {
            writer.WritePropertyName("originating_court_information");
            OriginatingCourt.WriteJson(writer);
        }

        writer.WriteString("case_type_information", CaseTypeInformation);
        DocketJson.WriteArray(writer, "parties", Parties, static (party, w) => party.WriteJson(w));
        DocketJson.WriteArray(writer, "docket_entries", Entries, static (entry, w) => entry.WriteJson(w));
        writer.WriteEndObject();
    }
}
