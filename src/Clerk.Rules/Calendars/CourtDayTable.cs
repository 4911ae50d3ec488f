using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules.Calendars;

/// <summary>
/// The court days of one combination of calendars, precomputed over 1989-01-01 to 2103-12-31 as index arrays so
/// that rolling to the next or previous court day, or counting n court days, is one or two array reads and never
/// allocates. Day indexes are days since <see cref="FirstDate"/>.
/// </summary>
internal sealed class CourtDayTable
{
    public static readonly LocalDate FirstDate = new(1989, 1, 1);
    public static readonly LocalDate LastDate = new(2103, 12, 31);
    public static readonly int BaseDayNumber = FirstDate.ToDateOnly().DayNumber;
    public static readonly int Length = LastDate.ToDateOnly().DayNumber - BaseDayNumber + 1;

    /// <summary>Returned by the lookups when the answer lies outside the table.</summary>
    public const int OutOfRange = -1;

    private readonly int[] _next;
    private readonly int[] _previous;
    private readonly int[] _courtDaysThrough;
    private readonly int[] _courtDayByOrdinal;
    private readonly Dictionary<int, string> _holidays;

    /// <param name="holidays">Each non-weekend day the court does not sit, with the reason to show for it. The first
    /// reason given for a day wins.</param>
    public CourtDayTable(IEnumerable<(LocalDate Date, string Reason)> holidays)
    {
        _holidays = [];
        foreach (var (date, reason) in holidays)
        {
            if (date >= FirstDate && date <= LastDate)
            {
                _holidays.TryAdd(IndexOf(date), reason);
            }
        }

        var court = new bool[Length];
        var courtDays = 0;
        for (var i = 0; i < Length; i++)
        {
            court[i] = !IsWeekend(DateAt(i)) && !_holidays.ContainsKey(i);
            courtDays += court[i] ? 1 : 0;
        }

        _next = new int[Length];
        _previous = new int[Length];
        _courtDaysThrough = new int[Length];
        _courtDayByOrdinal = new int[courtDays + 1];
        _courtDayByOrdinal[0] = OutOfRange;

        var last = OutOfRange;
        var count = 0;
        for (var i = 0; i < Length; i++)
        {
            if (court[i])
            {
                last = i;
                count++;
                _courtDayByOrdinal[count] = i;
            }

            _previous[i] = last;
            _courtDaysThrough[i] = count;
        }

        var next = OutOfRange;
        for (var i = Length - 1; i >= 0; i--)
        {
            next = court[i] ? i : next;
            _next[i] = next;
        }
    }

    public static int IndexOf(LocalDate date) => date.ToDateOnly().DayNumber - BaseDayNumber;

    public static LocalDate DateAt(int index) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(BaseDayNumber + index));

    public static bool InRange(int index) => (uint)index < (uint)Length;

    /// <summary>The first court day on or after <paramref name="index"/>, or <see cref="OutOfRange"/>.</summary>
    public int NextOnOrAfter(int index) => InRange(index) ? _next[index] : OutOfRange;

    /// <summary>The last court day on or before <paramref name="index"/>, or <see cref="OutOfRange"/>.</summary>
    public int PreviousOnOrBefore(int index) => InRange(index) ? _previous[index] : OutOfRange;

    /// <summary>The <paramref name="n"/>th court day after <paramref name="index"/> (n ≥ 1), not counting the day itself.</summary>
    public int NthCourtDayAfter(int index, int n)
    {
        if (!InRange(index))
        {
            return OutOfRange;
        }

        var ordinal = _courtDaysThrough[index] + n;
        return (uint)ordinal < (uint)_courtDayByOrdinal.Length ? _courtDayByOrdinal[ordinal] : OutOfRange;
    }

    /// <summary>The <paramref name="n"/>th court day before <paramref name="index"/> (n ≥ 1), not counting the day itself.</summary>
    public int NthCourtDayBefore(int index, int n)
    {
        if (!InRange(index))
        {
            return OutOfRange;
        }

        var ordinal = (index == 0 ? 0 : _courtDaysThrough[index - 1]) - n + 1;
        return ordinal >= 1 && ordinal < _courtDayByOrdinal.Length ? _courtDayByOrdinal[ordinal] : OutOfRange;
    }

    public bool IsCourtDay(LocalDate date) => WhyNotCourtDay(date) is null;

    /// <summary>Why the court does not sit on <paramref name="date"/>, or null when it is a court day.</summary>
    public string? WhyNotCourtDay(LocalDate date)
    {
        if (IsWeekend(date))
        {
            return $"weekend ({date.DayOfWeek})";
        }

        return _holidays.TryGetValue(IndexOf(date), out var reason) ? reason : null;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>The holidays (and closures) of <paramref name="calendar"/> over the table's years, as table input.</summary>
    public static IEnumerable<(LocalDate Date, string Reason)> HolidaysOf(CalendarData calendar, string? prefix = null)
    {
        for (var year = FirstDate.Year; year <= LastDate.Year; year++)
        {
            foreach (var holiday in calendar.HolidaysIn(year))
            {
                yield return (holiday.Date, $"{prefix}{holiday.Name} ({holiday.Authority})");
            }
        }
    }
}
