using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Search;

/// <summary>
/// One search: what the text must match, the filters, and which page. <see cref="After"/> is the
/// <see cref="SearchResults.Next"/> of the page before (null for the first page).
/// </summary>
public sealed record SearchQuery(QueryNode Match, SearchFilters Filters, int Limit = 20, string? After = null)
{
    /// <summary>The most hits one page may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// Cases whose facts are left out, as if they were not stored (restricted cases the asker may not
    /// see): no hit in them, and they count towards no total. Facts in no case are never left out.
    /// </summary>
    public IReadOnlyCollection<CaseId> Hidden { get; init; } = [];
}

/// <summary>
/// Narrows a search; a null field does not filter. <see cref="Court"/>, <see cref="Kind"/>,
/// <see cref="Judge"/> and <see cref="Party"/> are about the hit's case (a hit without a case does
/// not pass them); <see cref="Fact"/> is the kind of fact that matched; <see cref="From"/> and
/// <see cref="To"/> (both included) bound the fact's own date (an entry's filing, a case's filing,
/// a motion's filing, a statement's date, a claim's accrual, a source's publication; for a date
/// known only to the month or year, its first day), and a fact without a date does not pass them.
/// </summary>
public sealed record SearchFilters(
    CourtId? Court = null,
    CaseKind? Kind = null,
    FactKind? Fact = null,
    PartyId? Party = null,
    JudgeId? Judge = null,
    LocalDate? From = null,
    LocalDate? To = null)
{
    /// <summary>The kinds of fact the index holds, as <c>fact:</c> and <c>--fact</c> name them.</summary>
    public static IReadOnlyList<FactKind> Searchable { get; } =
        [FactKind.Case, FactKind.DocketEntry, FactKind.Motion, FactKind.Statement, FactKind.Claim, FactKind.Party, FactKind.Attorney, FactKind.Source];
}
