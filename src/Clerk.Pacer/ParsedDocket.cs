using System.Text.Json;

namespace Clerk.Pacer;

/// <summary>The kinds of docket report Clerk reads, told apart by their content.</summary>
public enum DocketReportKind
{
    District,
    Bankruptcy,
    Appellate,
    Acms,
}

/// <summary>A docket report as parsed: its fields in the shape of the conformance fixtures.</summary>
public abstract class ParsedDocket
{
    public abstract DocketReportKind Kind { get; }

    /// <summary>
    /// Where the report ends before its closing markup, as one line ("the report ends at line 812
    /// inside a table opened at line 120 that is never closed; 73 docket entries were read"), or
    /// null for a complete report. What a cut report holds is parsed, but it is not the whole docket.
    /// </summary>
    public string? Truncation { get; internal set; }

    /// <summary>
    /// True when the docket entries are not held but read from the report's file each time they are
    /// enumerated (<see cref="PacerDocketParser.ParseFile"/> of a large district or bankruptcy
    /// report), so that no docket is too big to read.
    /// </summary>
    public bool EntriesRead { get; internal init; }

    /// <summary>How many docket entries the parse holds.</summary>
    public abstract int EntryCount { get; }

    /// <summary>Writes the parse as the fixtures' JSON object (keys as in the expected files).</summary>
    public abstract void WriteJson(Utf8JsonWriter writer);
}
