using NodaTime;

namespace Clerk.App.Calendar;

/// <summary>
/// Keeps the calendar across all cases (every visible case's deadlines) while the store is unchanged,
/// for a long-running process (the web server's month page, API and feeds). A calendar is kept under
/// the store's data version and the restricted cases hidden from the viewer (<see cref="Cases.CaseReader.StateAsync"/>),
/// and for a quarter of an hour at most: a deadline's status (open or missed) turns at midnight in its
/// court's zone, and every zone's midnight falls on a quarter hour of UTC. The last few calendars
/// asked for are kept; they can be large (a few deadlines for each of thousands of cases).
/// </summary>
public sealed class CalendarMemo(IClock clock)
{
    /// <summary>How many calendars are kept (one per viewer's set of hidden cases and store state).</summary>
    public const int Capacity = 4;

    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, IReadOnlyList<DatedDeadline> Deadlines)> _kept = [];

    /// <summary>The key of <paramref name="state"/> now: the state and the quarter hour of UTC it is.</summary>
    public string KeyOf(string state)
    {
        var now = clock.GetCurrentInstant().ToUnixTimeSeconds();
        return $"{state}\n{now / (15 * 60)}";
    }

    /// <summary>The calendar kept under <paramref name="key"/>, or null.</summary>
    public IReadOnlyList<DatedDeadline>? Get(string key)
    {
        lock (_gate)
        {
            for (var node = _kept.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    _kept.Remove(node);
                    _kept.AddFirst(node);
                    return node.Value.Deadlines;
                }
            }

            return null;
        }
    }

    /// <summary>Keeps <paramref name="deadlines"/> under <paramref name="key"/>, dropping the least recently asked for beyond <see cref="Capacity"/>.</summary>
    public void Keep(string key, IReadOnlyList<DatedDeadline> deadlines)
    {
        lock (_gate)
        {
            _kept.AddFirst((key, deadlines));
            while (_kept.Count > Capacity)
            {
                _kept.RemoveLast();
            }
        }
    }
}
