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
    private readonly string?[] _holidays = new string?[Length];
    private readonly Holiday?[] _rows = new Holiday?[Length];

    /// <summary>Builds the table for a calendar and, optionally, the state calendar whose holidays also count. A
    /// day that is a holiday of both shows the first calendar's reason.</summary>
    public CourtDayTable(CalendarData calendar, CalendarData? state)
    {
        AddHolidays(calendar, "");
        if (state is not null)
        {
            AddHolidays(state, "state holiday: ");
        }

        var court = new bool[Length];
        var courtDays = 0;
        for (var i = 0; i < Length; i++)
        {
            var weekday = DateOnly.FromDayNumber(BaseDayNumber + i).DayOfWeek;
            court[i] = weekday is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && _holidays[i] is null;
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
            return $"weekend ({Text.Weekday(date)})";
        }

        var index = IndexOf(date);
        return InRange(index) ? _holidays[index] : null;
    }

    /// <summary>The holiday or closure that closes the court on <paramref name="date"/> (the first calendar's when
    /// both have one), or null.</summary>
    public Holiday? HolidayOn(LocalDate date)
    {
        var index = IndexOf(date);
        return InRange(index) ? _rows[index] : null;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private void AddHolidays(CalendarData calendar, string prefix)
    {
        for (var year = FirstDate.Year; year <= LastDate.Year; year++)
        {
            foreach (var holiday in calendar.HolidaysIn(year))
            {
                var index = IndexOf(holiday.Date);
                if (InRange(index))
                {
                    if (_holidays[index] is null)
                    {
                        _holidays[index] = $"{prefix}{holiday.Name} ({holiday.Authority})";
                        _rows[index] = holiday;
                    }
                }
            }
        }
    }
}
