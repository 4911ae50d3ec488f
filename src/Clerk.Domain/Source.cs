using NodaTime;

namespace Clerk.Domain;

/// <summary>What kind of document a source is.</summary>
public enum SourceKind
{
    CourtRecord,
    NewsReport,
    Other,
}

/// <summary>
/// A document facts come from: who published it, its title and date, and where to find it
/// (<see cref="Locator"/>: a URL, a file, a docket entry). <see cref="Text"/> keeps the document's
/// text when Clerk stored it.
/// </summary>
public sealed record Source(SourceId Id, SourceKind Kind, string Publisher, string? Title, LocalDate? Date, string? Locator, string? Text);
