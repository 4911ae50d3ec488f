using Clerk.Domain;

namespace Clerk.Store.Rows;

/// <summary>
/// A stored citation of a docket entry: a docket report cites every entry it lists, so these are
/// nearly all of a store's citations. They are kept in a table of their own holding only the entry's
/// key and the source: the fact's name (<c>DocketEntry:CASE#KEY</c>) is not stored but composed
/// when read, and no index for other kinds of fact is touched when one is written.
/// </summary>
public sealed record EntryCitationRow
{
    public required CaseId Case { get; init; }

    public required string EntryKey { get; init; }

    public required SourceId Source { get; init; }

    public string? Detail { get; init; }

    /// <summary>The row of <paramref name="citation"/>, which cites <paramref name="entry"/>.</summary>
    public static EntryCitationRow Of(DocketEntry entry, Citation citation) =>
        new() { Case = entry.Case, EntryKey = entry.Key, Source = citation.Source, Detail = citation.Detail };

    /// <summary>The fact cited (composed, not stored).</summary>
    public FactRef Fact => new(FactKind.DocketEntry, $"{Case}#{EntryKey}");

    /// <summary>
    /// The columns of a <see cref="Citation"/> (<c>"Source", "Fact", "Detail"</c>) for a query over the
    /// table, the fact's name composed as <see cref="FactRef.Of(DocketEntry)"/> writes it.
    /// </summary>
    internal const string CitationColumns = "SELECT \"Source\", 'DocketEntry:' || \"Case\" || '#' || \"EntryKey\" AS \"Fact\", \"Detail\" FROM \"EntryCitations\"";
}
