using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Rows;

/// <summary>
/// A docket report imported into a case, with the filing date of its latest entry. The reports of a
/// case decide which one is the newest (see <see cref="Merging.DocketPlan"/>) whatever the order
/// they were imported in.
/// </summary>
public sealed record DocketReport(CaseId Case, SourceId Source, LocalDate? Latest)
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
