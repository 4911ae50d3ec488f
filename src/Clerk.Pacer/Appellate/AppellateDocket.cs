using System.Text.Json;
using Clerk.Pacer.Text;
using NodaTime;

namespace Clerk.Pacer.Appellate;

/// <summary>One entry of an appellate docket.</summary>
/// <param name="DateFiled">The date in the entry's first column.</param>
/// <param name="DateEntered">The date in the text's "[Entered: ...]" stamp, when present.</param>
/// <param name="DocumentNumber">The entry's number; courts that do not number entries get the PACER document id.</param>
/// <param name="PacerDocId">PACER's document id of the entry's main document, when it links one.</param>
/// <param name="PacerSeqNo">PACER's sequence number, when the report has selection boxes.</param>
/// <param name="Description">The entry's text with white space collapsed.</param>
/// <param name="Attachments">The entry's documents, when the report lists them; otherwise null.</param>
public sealed record AppellateDocketEntry(
    LocalDate? DateFiled,
    LocalDate? DateEntered,
    string? DocumentNumber,
    string? PacerDocId,
    string? PacerSeqNo,
    string Description,
    IReadOnlyList<EntryAttachment>? Attachments)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        DocketJson.WriteDate(writer, "date_filed", DateFiled);
        writer.WriteString("document_number", DocumentNumber);
        writer.WriteString("pacer_doc_id", PacerDocId);
        if (PacerSeqNo is not null)
        {
            writer.WriteString("pacer_seq_no", PacerSeqNo);
        }

        writer.WriteString("description", Description);
        DocketJson.WriteDate(writer, "date_entered", DateEntered);
        if (Attachments is not null)
        {
            DocketJson.WriteArray(writer, "attachments", Attachments, static (attachment, w) => attachment.WriteJson(w));
        }

        writer.WriteEndObject();
    }
}

/// <summary>The lower court (or agency) case an appeal comes from.</summary>
/// <param name="DocketNumber">The lower court's docket number ("1:09-cv-11783"); null when the case is identified by an alien number.</param>
/// <param name="RestrictedAlienNumber">An immigration alien number given in place of a docket number; kept apart because it must not be published.</param>
/// <param name="CourtId">The lower court's id taken from its link ("mad"); empty when there is no link.</param>
/// <param name="AssignedTo">The trial judge's name; empty when none.</param>
/// <param name="OrderingJudge">The ordering judge's name; empty when none.</param>
/// <param name="CourtReporter">The court reporter line; empty when none.</param>
/// <param name="DateFiled">The first "Date Filed" on the docket.</param>
/// <param name="DateDisposed">The first "Date Disposed" on the docket.</param>
/// <param name="Disposition">The first "Disposition" on the docket; empty when none.</param>
/// <param name="DateJudgment">Date of the order or judgment appealed.</param>
/// <param name="DateJudgmentEntered">Date that order or judgment was entered on the docket.</param>
/// <param name="DateNoticeOfAppealFiled">Date the notice of appeal was filed.</param>
/// <param name="DateReceivedByAppealsCourt">Date the court of appeals received the case.</param>
public sealed record OriginatingCourtInformation(
    string? DocketNumber,
    string? RestrictedAlienNumber,
    string CourtId,
    string AssignedTo,
    string OrderingJudge,
    string CourtReporter,
    LocalDate? DateFiled,
    LocalDate? DateDisposed,
    string Disposition,
    LocalDate? DateJudgment,
    LocalDate? DateJudgmentEntered,
    LocalDate? DateNoticeOfAppealFiled,
    LocalDate? DateReceivedByAppealsCourt)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (DocketNumber is not null)
        {
            writer.WriteString("docket_number", DocketNumber);
        }

        if (RestrictedAlienNumber is not null)
        {
            writer.WriteString("RESTRICTED_ALIEN_NUMBER", RestrictedAlienNumber);
        }

        writer.WriteString("court_id", CourtId);
        writer.WriteString("assigned_to", AssignedTo);
        writer.WriteString("court_reporter", CourtReporter);
        DocketJson.WriteDate(writer, "date_filed", DateFiled);
        DocketJson.WriteDate(writer, "date_disposed", DateDisposed);
        writer.WriteString("disposition", Disposition);
        writer.WriteString("ordering_judge", OrderingJudge);
        WriteOptional(writer, "date_judgment", DateJudgment);
        WriteOptional(writer, "date_judgment_eod", DateJudgmentEntered);
        WriteOptional(writer, "date_filed_noa", DateNoticeOfAppealFiled);
        WriteOptional(writer, "date_received_coa", DateReceivedByAppealsCourt);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is not null)
        {
            DocketJson.WriteDate(writer, name, date);
        }
    }
}

/// <summary>A CM/ECF court of appeals docket report, parsed.</summary>
public sealed class AppellateDocket : ParsedDocket
{
    public override DocketReportKind Kind => DocketReportKind.Appellate;

    /// <summary>The court id the report was read for ("ca1").</summary>
    public required string CourtId { get; init; }

    /// <summary>The appeal's docket number ("10-1095").</summary>
    public required string DocketNumber { get; init; }

    /// <summary>The short case name, tidied ("Samuels v. Deutsche Bank National Trust C").</summary>
    public required string CaseName { get; init; }

    /// <summary>The panel's judges' initials/names, one per word; empty when not available.</summary>
    public required IReadOnlyList<string> Panel { get; init; }

    /// <summary>Nature of suit line; empty when absent.</summary>
    public required string NatureOfSuit { get; init; }

    /// <summary>The court or agency appealed from; empty when absent.</summary>
    public required string AppealFrom { get; init; }

    /// <summary>The fee status line; empty when absent.</summary>
    public required string FeeStatus { get; init; }

    /// <summary>The date the appeal was docketed.</summary>
    public LocalDate? DateFiled { get; init; }

    /// <summary>The date the appeal was terminated, if it was.</summary>
    public LocalDate? DateTerminated { get; init; }

    /// <summary>The case type lines joined with ", " ("civil, private, bankruptcy").</summary>
    public required string CaseTypeInformation { get; init; }

    /// <summary>The lower court case, or null when the docket gives none.</summary>
    public OriginatingCourtInformation? OriginatingCourt { get; init; }

    /// <summary>The parties in docket order.</summary>
    public required IReadOnlyList<AppellateParty> Parties { get; init; }

    /// <summary>
    /// The docket entries in docket order. Held in memory, unless <see cref="ParsedDocket.EntriesRead"/>:
    /// then each enumeration reads them again from the report's file, a batch at a time.
    /// </summary>
    public required IEnumerable<AppellateDocketEntry> Entries { get; init; }

    /// <inheritdoc/>
    /// <remarks>Of entries that are read (<see cref="ParsedDocket.EntriesRead"/>), this reads them all.</remarks>
    public override int EntryCount => Entries.TryGetNonEnumeratedCount(out var count) ? count : Entries.Count();

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("court_id", CourtId);
        writer.WriteString("docket_number", DocketNumber);
        writer.WriteString("case_name", CaseName);
        DocketJson.WriteStrings(writer, "panel", Panel);
        writer.WriteString("nature_of_suit", NatureOfSuit);
        writer.WriteString("appeal_from", AppealFrom);
        writer.WriteString("fee_status", FeeStatus);
        DocketJson.WriteDate(writer, "date_filed", DateFiled);
        DocketJson.WriteDate(writer, "date_terminated", DateTerminated);
        writer.WriteString("case_type_information", CaseTypeInformation);
        writer.WritePropertyName("originating_court_information");
        if (OriginatingCourt is null)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        else
        {
            OriginatingCourt.WriteJson(writer);
        }

        DocketJson.WriteArray(writer, "parties", Parties, static (party, w) => party.WriteJson(w));
        DocketJson.WriteArray(writer, "docket_entries", Entries, static (entry, w) => entry.WriteJson(w));
        writer.WriteEndObject();
    }
}
