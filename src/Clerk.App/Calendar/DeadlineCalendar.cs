using Clerk.App.Cases;
using Clerk.Domain;
using NodaTime;

namespace Clerk.App.Calendar;

/// <summary>
/// Deadlines across the cases a viewer may see (the <see cref="CaseReader"/>'s viewer), for a month view
/// and for calendar feeds. Computed from the stored cases when asked, so they are never stale; with a
/// <see cref="CalendarMemo"/>, kept while the store is unchanged.
/// </summary>
public sealed class DeadlineCalendar(CaseReader cases, CaseDeadlineService deadlines, CalendarMemo? memo = null)
{
    /// <summary>Every deadline of every case the viewer may see, due within the days given (either end open), by due date then case.</summary>
    public async Task<IReadOnlyList<DatedDeadline>> AllAsync(LocalDate? from = null, LocalDate? to = null, CancellationToken ct = default)
    {
        // The state is read before the cases: a write committed in between is kept under the older state, which no later call asks for.
        var key = memo is null ? null : memo.KeyOf(await cases.StateAsync(ct));
        var all = key is null ? null : memo!.Get(key);
        if (all is null)
        {
            var computed = new List<DatedDeadline>();
            await foreach (var file in cases.AllForDeadlinesAsync(ct))
            {
                computed.AddRange(Of(file));
            }

            all = [.. computed.OrderBy(d => d.Deadline.Deadline.Due).ThenBy(d => d.Case.Id.Value, StringComparer.Ordinal).ThenBy(d => d.Uid, StringComparer.Ordinal)];
            if (key is not null)
            {
                memo!.Keep(key, all);
            }
        }

        return [.. all.Where(d => (from is null || d.Deadline.Deadline.Due >= from) && (to is null || d.Deadline.Deadline.Due <= to))];
    }

    /// <summary>One case's deadlines, by due date.</summary>
    /// <exception cref="NotFoundException">No such case, or the viewer may not see it.</exception>
    public async Task<IReadOnlyList<DatedDeadline>> ForCaseAsync(CaseId id, CancellationToken ct = default) =>
        [.. Of(await cases.ReadAsync(id, ct)).OrderBy(d => d.Deadline.Deadline.Due).ThenBy(d => d.Uid, StringComparer.Ordinal)];

    private IEnumerable<DatedDeadline> Of(CaseFile file) => deadlines.For(file).Deadlines.Select(d => new DatedDeadline(file.Case, d));
}
