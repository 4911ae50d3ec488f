using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Rows;

/// <summary>
/// A docket report imported into a case, with the filing date of its latest entry. The reports of a
/// case decide which one is the newest (see <see cref="Merging.DocketPlan"/>) whatever the order
/// they were imported in. <see cref="Partial"/> says where a report imported with <c>--partial</c>
/// was cut short; it is cleared from every report of the case once a complete report of it is
/// imported, so a case is partial while any of its reports says so.
/// </summary>
public sealed record DocketReport(CaseId Case, SourceId Source, LocalDate? Latest, string? Partial = null)
{
    /// <summary>
    /// Orders reports of one case from oldest to newest: by latest entry, then, for two reports that
    /// end on the same day, by source id, so that one of them is always the newest.
    /// </summary>
    public static int CompareRecency(DocketReport? a, DocketReport? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var byDate = Nullable.Compare(a.Latest, b.Latest);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Source.Value, b.Source.Value);
    }
}
