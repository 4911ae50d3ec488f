using Clerk.Rules.Calendars;
using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules.Computation;

/// <summary>
/// A rule set ready to compute: its rows in force by date, and the court-day tables for periods counted forward
/// (with the state's holidays, when the rule set has a state calendar) and backward.
/// </summary>
internal sealed class CompiledRuleSet
{
    private readonly ComputationRow[] _rows;
    private readonly ServiceRow[] _serviceRows;

    private readonly Lazy<CourtDayTable> _forward;
    private readonly Lazy<CourtDayTable> _backward;

    /// <param name="forward">Built on first use: a process that asks one question builds only the table it needs.</param>
    /// <param name="unappliedClosures">Closures of the rule set's calendars that the data does not treat as legal
    /// holidays (half-day closures): a due date on one of them is flagged, not moved.</param>
    public CompiledRuleSet(RuleSetData data, Lazy<CourtDayTable> forward, Lazy<CourtDayTable> backward, IReadOnlyList<CatalogueRule> catalogue,
        IReadOnlyList<Closure> unappliedClosures)
    {
        UnappliedClosures = unappliedClosures;
        Data = data;
        _forward = forward;
        _backward = backward;
        Catalogue = catalogue;
        // Rows of one kind never overlap (checked on load), so their order does not matter.
        _rows = [.. data.Computation];
        _serviceRows = [.. data.Service];
    }

    public RuleSetData Data { get; }

    public string Id => Data.Id;

    /// <summary>Court days for periods counted forward: the rule set's calendar plus its state calendar.</summary>
    public CourtDayTable Forward => _forward.Value;

    /// <summary>Court days for periods counted backward: the rule set's calendar only.</summary>
    public CourtDayTable Backward => _backward.Value;

    public IReadOnlyList<CatalogueRule> Catalogue { get; }

    public IReadOnlyList<Closure> UnappliedClosures { get; }

    public ComputationRow? RowFor(LocalDate date)
    {
        foreach (var row in _rows)
        {
            if (row.InForce.Covers(date))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The service row in force on the service date, if any.</summary>
    public ServiceRow? ServiceFor(LocalDate serviceDate)
    {
        foreach (var row in _serviceRows)
        {
            if (row.InForce.Covers(serviceDate))
            {
                return row;
            }
        }

        return null;
    }

    public CourtDayTable TableFor(ComputationRow row, Direction direction) =>
        direction == Direction.After || row.StateHolidaysBackward ? Forward : Backward;

    public static bool IsShortPeriod(ComputationRow row, DeadlineRequest request) =>
        row.Method == CountingMethod.ShortPeriodExclusion && request.Unit == PeriodUnit.Days
        && request.Count > 0 && request.Count <= row.ShortPeriodMaxDays;

    /// <summary>The end of a period counted in calendar units, before any roll. Months and years that land on a day
    /// the month lacks (31 April, 29 February) end on the month's last day.</summary>
    public static LocalDate Shift(LocalDate trigger, int count, PeriodUnit unit, Direction direction)
    {
        var signed = direction == Direction.After ? count : -count;
        return unit switch
        {
            PeriodUnit.Days => trigger.PlusDays(signed),
            PeriodUnit.Weeks => trigger.PlusWeeks(signed),
            PeriodUnit.Months => trigger.PlusMonths(signed),
            _ => trigger.PlusYears(signed),
        };
    }

    /// <summary>
    /// The due date's table index, or <see cref="CourtDayTable.OutOfRange"/>. This is the hot path: array reads and
    /// value arithmetic only, no allocation. <see cref="DeadlineExplainer"/> walks the same rules day by day.
    /// </summary>
    public int DueIndex(DeadlineRequest request, ComputationRow row)
    {
        var forward = request.Direction == Direction.After;
        var table = TableFor(row, request.Direction);
        int due;
        if (IsShortPeriod(row, request))
        {
            var trigger = CourtDayTable.IndexOf(request.Trigger);
            due = forward ? table.NthCourtDayAfter(trigger, request.Count) : table.NthCourtDayBefore(trigger, request.Count);
        }
        else
        {
            var end = CourtDayTable.IndexOf(Shift(request.Trigger, request.Count, request.Unit, request.Direction));
            due = forward ? table.NextOnOrAfter(end) : table.PreviousOnOrBefore(end);
        }

        if (forward && request.Service != ServiceMethod.None && due != CourtDayTable.OutOfRange)
        {
            var serviceRow = ServiceFor(request.RulesAsOf ?? request.Trigger);
            if (serviceRow is not null && serviceRow.Covers(request.Service))
            {
                due = Forward.NextOnOrAfter(due + serviceRow.Days);
            }
        }

        return due;
    }
}
