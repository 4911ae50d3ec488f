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

    /// <summary>Writes the parse as the fixtures' JSON object (keys as in the expected files).</summary>
    public abstract void WriteJson(Utf8JsonWriter writer);
}
