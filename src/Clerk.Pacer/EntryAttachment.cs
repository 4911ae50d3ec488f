using System.Text.Json;
using Clerk.Pacer.Text;

namespace Clerk.Pacer;

/// <summary>A document attached to a docket entry, in every kind of report that lists them.</summary>
/// <param name="AttachmentNumber">The attachment's number within the entry, from 1.</param>
/// <param name="Description">The attachment's description; empty when the docket gives none.</param>
/// <param name="PageCount">Pages, when the report states them.</param>
/// <param name="FileSizeText">The size as printed ("199.64 KB"); empty or null when not printed.</param>
/// <param name="FileSizeBytes">The size in bytes, when stated and non-zero.</param>
/// <param name="PacerDocId">PACER's document id.</param>
/// <param name="PacerSeqNo">PACER's sequence number of the entry.</param>
public sealed record EntryAttachment(
    int AttachmentNumber,
    string Description,
    int? PageCount,
    string? FileSizeText,
    long? FileSizeBytes,
    string? PacerDocId,
    string? PacerSeqNo)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("attachment_number", AttachmentNumber);
        writer.WriteString("description", Description);
        DocketJson.WriteNumber(writer, "page_count", PageCount);

        writer.WriteString("file_size_str", FileSizeText);
        if (FileSizeBytes is { } bytes)
        {
            writer.WriteNumber("file_size_bytes", bytes);
        }

        writer.WriteString("pacer_doc_id", PacerDocId);
        writer.WriteString("pacer_seq_no", PacerSeqNo);
        writer.WriteEndObject();
    }
}
