using Clerk.App.Cases;
using Clerk.Domain;
using NodaTime;

namespace Clerk.App.Calendar;

/// <summary>
/// Deadlines across the cases a viewer may see (the <see cref="CaseReader"/>'s viewer), for a month view
/// and for calendar feeds. Computed from the stored cases when asked, so they are never stale.
/// </summary>
public sealed class DeadlineCalendar(CaseReader cases, CaseDeadlineService deadlines)
{
    /// <summary>Every deadline of every case the viewer may see, due within the days given (either end open), by due date then case.</summary>
    public async Task<IReadOnlyList<DatedDeadline>> AllAsync(LocalDate? from = null, LocalDate? to = null, CancellationToken ct = default)
    {
        var all = new List<DatedDeadline>();
        await foreach (var file in cases.AllForDeadlinesAsync(ct))
        {
            all.AddRange(Of(file).Where(d => (from is null || d.Deadline.Deadline.Due >= from) && (to is null || d.Deadline.Deadline.Due <= to)));
        }

        return [.. all.OrderBy(d => d.Deadline.Deadline.Due).ThenBy(d => d.Case.Id.Value, StringComparer.Ordinal).ThenBy(d => d.Uid, StringComparer.Ordinal)];
    }

    /// <summary>One case's deadlines, by due date.</summary>
    /// <exception cref="NotFoundException">No such case, or the viewer may not see it.</exception>
    public async Task<IReadOnlyList<DatedDeadline>> ForCaseAsync(CaseId id, CancellationToken ct = default) =>
        [.. Of(await cases.ReadAsync(id, ct)).OrderBy(d => d.Deadline.Deadline.Due).ThenBy(d => d.Uid, StringComparer.Ordinal)];

    private IEnumerable<DatedDeadline> Of(CaseFile file) => deadlines.For(file).Deadlines.Select(d => new DatedDeadline(file.Case, d));
}
