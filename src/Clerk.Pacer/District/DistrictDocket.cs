using System.Text.Json;
using Clerk.Pacer.Text;
using NodaTime;

namespace Clerk.Pacer.District;

/// <summary>
/// A district or bankruptcy court docket report as parsed: the case header, the parties with
/// their counsel (and, in criminal cases, the counts and complaints), and the docket entries.
/// Text values are whitespace-normalised as in the expected parses; absent values are null.
/// </summary>
public sealed class DistrictDocket : ParsedDocket
{
    public required DocketReportKind ReportKind { get; init; }

    public override DocketReportKind Kind => ReportKind;

    public required string CourtId { get; init; }

    /// <summary>The case number as printed, e.g. "3:08-cv-00284"; null when none was found.</summary>
    public string? DocketNumber { get; init; }

    public required string CaseName { get; init; }

    public LocalDate? DateFiled { get; init; }

    public LocalDate? DateTerminated { get; init; }

    public LocalDate? DateConverted { get; init; }

    public LocalDate? DateDischarged { get; init; }

    /// <summary>Name of the assigned judge, titles removed; empty when none.</summary>
    public required string AssignedTo { get; init; }

    public required string ReferredTo { get; init; }

    public required string Cause { get; init; }

    public required string NatureOfSuit { get; init; }

    public required string JuryDemand { get; init; }

    public required string Demand { get; init; }

    public required string Jurisdiction { get; init; }

    public required string MdlStatus { get; init; }

    /// <summary>"date_filed" or "date_entered": the column the entries are sorted by; null when there is no entry table.</summary>
    public string? OrderedBy { get; init; }

    public DocketNumberParts NumberParts { get; init; } = DocketNumberParts.None;

    /// <summary>
    /// The docket entries in the report's order. Held in memory, unless <see cref="ParsedDocket.EntriesRead"/>:
    /// then each enumeration reads them again from the report's file, a batch at a time.
    /// </summary>
    public required IEnumerable<DocketEntry> Entries { get; init; }

    /// <inheritdoc/>
    /// <remarks>Of entries that are read (<see cref="ParsedDocket.EntriesRead"/>), this reads them all.</remarks>
    public override int EntryCount => Entries.TryGetNonEnumeratedCount(out var count) ? count : Entries.Count();

    public required IReadOnlyList<Party> Parties { get; init; }

    public override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("court_id", CourtId);
        writer.WriteString("docket_number", DocketNumber);
        writer.WriteString("case_name", CaseName);
        DocketJson.WriteDate(writer, "date_filed", DateFiled);
        DocketJson.WriteDate(writer, "date_terminated", DateTerminated);
        DocketJson.WriteDate(writer, "date_converted", DateConverted);
        DocketJson.WriteDate(writer, "date_discharged", DateDischarged);
        writer.WriteString("assigned_to_str", AssignedTo);
        writer.WriteString("referred_to_str", ReferredTo);
        writer.WriteString("cause", Cause);
        writer.WriteString("nature_of_suit", NatureOfSuit);
        writer.WriteString("jury_demand", JuryDemand);
        writer.WriteString("demand", Demand);
        writer.WriteString("jurisdiction", Jurisdiction);
        writer.WriteString("mdl_status", MdlStatus);
        writer.WriteString("ordered_by", OrderedBy);
        writer.WriteString("federal_dn_office_code", NumberParts.OfficeCode);
        writer.WriteString("federal_dn_case_type", NumberParts.CaseType);
        writer.WriteString("federal_dn_judge_initials_assigned", NumberParts.JudgeInitialsAssigned);
        writer.WriteString("federal_dn_judge_initials_referred", NumberParts.JudgeInitialsReferred);
        writer.WriteString("federal_defendant_number", NumberParts.DefendantNumber);

        DocketJson.WriteArray(writer, "parties", Parties, static (party, w) => party.WriteJson(w));
        DocketJson.WriteArray(writer, "docket_entries", Entries, static (entry, w) => entry.WriteJson(w));
        writer.WriteEndObject();
    }
}

/// <summary>The parts of a federal docket number ("3:20-cr-00070-TKW-MAL-1"): office, case type, judges' initials, defendant.</summary>
public sealed record DocketNumberParts(
    string? OfficeCode,
    string? CaseType,
    string? JudgeInitialsAssigned,
    string? JudgeInitialsReferred,
    string? DefendantNumber)
{
    public static DocketNumberParts None { get; } = new(null, null, null, null, null);
}

/// <summary>One docket entry: when it was filed and entered, its number and document ids, and its text.</summary>
public sealed record DocketEntry(
    LocalDate? DateFiled,
    LocalDate? DateEntered,
    string? DocumentNumber,
    string? PacerDocId,
    string? PacerSeqNo,
    string Description)
{
    /// <summary>Size, page count and attachments, present only on "view multiple documents" reports.</summary>
    public EntryDocumentDetails? Details { get; init; }

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        DocketJson.WriteDate(writer, "date_filed", DateFiled);
        DocketJson.WriteDate(writer, "date_entered", DateEntered);
        writer.WriteString("document_number", DocumentNumber);
        writer.WriteString("pacer_doc_id", PacerDocId);
        writer.WriteString("pacer_seq_no", PacerSeqNo);
        writer.WriteString("description", Description);
        if (Details is { } details)
        {
            details.WriteJson(writer);
        }

        writer.WriteEndObject();
    }
}

/// <summary>The document facts a "view multiple documents" report adds to an entry.</summary>
public sealed record EntryDocumentDetails(
    bool HasMainDocument,
    long? FileSizeBytes,
    string? FileSizeText,
    int? PageCount,
    IReadOnlyList<EntryAttachment>? Attachments)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        if (HasMainDocument)
        {
            DocketJson.WriteNumber(writer, "file_size_bytes", FileSizeBytes);

            writer.WriteString("file_size_str", FileSizeText);
            DocketJson.WriteNumber(writer, "page_count", PageCount);
        }

        if (Attachments is { Count: > 0 } attachments)
        {
            DocketJson.WriteArray(writer, "attachments", attachments, static (a, w) => a.WriteJson(w));
        }
    }
}

/// <summary>A party: its role ("Plaintiff", "Debtor"), name and details, counsel and any criminal data.</summary>
public sealed record Party(string Type)
{
    /// <summary>The name; null only when the report gave a role with counsel but no name.</summary>
    public string? Name { get; init; }

    /// <summary>The lines under the name (address, "TERMINATED: …"), joined by newlines; null when Name is null.</summary>
    public string? ExtraInfo { get; init; }

    public LocalDate? DateTerminated { get; init; }

    /// <summary>Counsel; null when the report had no counsel column for this party.</summary>
    public IReadOnlyList<Attorney>? Attorneys { get; init; }

    public CriminalData? CriminalData { get; init; }

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        if (Name is not null)
        {
            writer.WriteString("name", Name);
            writer.WriteString("extra_info", ExtraInfo);
            DocketJson.WriteDate(writer, "date_terminated", DateTerminated);
        }

        if (Attorneys is not null)
        {
            DocketJson.WriteArray(writer, "attorneys", Attorneys, static (a, w) =>
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                w.WriteString("contact", a.Contact);
                DocketJson.WriteStrings(w, "roles", a.Roles);
                w.WriteEndObject();
            });
        }

        CriminalData?.WriteJson(writer);
        writer.WriteEndObject();
    }
}

/// <summary>An attorney: name, contact lines (each ending in a newline) and roles ("LEAD ATTORNEY").</summary>
public sealed record Attorney(string Name, string Contact, IReadOnlyList<string> Roles);

/// <summary>A criminal defendant's counts, complaints and highest offense levels.</summary>
public sealed record CriminalData(
    IReadOnlyList<CriminalCount> Counts,
    IReadOnlyList<CriminalComplaint> Complaints,
    string HighestOffenseLevelOpening,
    string HighestOffenseLevelTerminated)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("criminal_data");
        DocketJson.WriteArray(writer, "counts", Counts, static (c, w) =>
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("disposition", c.Disposition);
            w.WriteString("status", c.Status);
            w.WriteEndObject();
        });
        DocketJson.WriteArray(writer, "complaints", Complaints, static (c, w) =>
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("disposition", c.Disposition);
            w.WriteEndObject();
        });
        writer.WriteString("highest_offense_level_opening", HighestOffenseLevelOpening);
        writer.WriteString("highest_offense_level_terminated", HighestOffenseLevelTerminated);
        writer.WriteEndObject();
    }
}

/// <summary>A count: its text, disposition and whether it is "pending" or "terminated".</summary>
public sealed record CriminalCount(string Name, string Disposition, string Status);

/// <summary>A complaint: its text and disposition.</summary>
public sealed record CriminalComplaint(string Name, string Disposition);
