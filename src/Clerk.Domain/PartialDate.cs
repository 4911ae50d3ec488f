using System.Globalization;
using NodaTime;

namespace Clerk.Domain;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and month are known, not the day.</summary>
    Month,

    /// <summary>The exact day is known.</summary>
    Day,
}

/// <summary>
/// A calendar date known only as precisely as its source states it: a day ("2023-08-23"), a month
/// ("2023-02") or a year ("2021"), optionally approximate ("about 2023-02"). It never invents the
/// parts its source left out: <see cref="Earliest"/> and <see cref="Latest"/> give the range of days
/// it may stand for, both included.
/// </summary>
/// <remarks>
/// The text form is the ISO prefix of the known parts, with the word <c>about</c> before it when the
/// source gives the date approximately. An approximate date keeps the range of its stated precision:
/// "about 2023-02" is some day of February 2023 as far as the record goes.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, bool approximate)
    {
        Year = year;
        Month = month;
        Day = day;
        Approximate = approximate;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1–12, or 0 when unknown.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when unknown.</summary>
    public int Day { get; }

    /// <summary>True when the source gives the date approximately ("about", "around").</summary>
    public bool Approximate { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>True when the exact day is known and not approximate.</summary>
    public bool IsExact => Precision == DatePrecision.Day && !Approximate;

    /// <summary>The first day the date may stand for.</summary>
    public LocalDate Earliest => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day the date may stand for (included).</summary>
    public LocalDate Latest => Precision switch
    {
        DatePrecision.Day => new LocalDate(Year, Month, Day),
        DatePrecision.Month => new LocalDate(Year, Month, CalendarSystem.Iso.GetDaysInMonth(Year, Month)),
        _ => new LocalDate(Year, 12, 31),
    };

    /// <summary>The days the date may stand for, both ends included.</summary>
    public DateInterval Range => new(Earliest, Latest);

    /// <summary>An exact day.</summary>
    public static PartialDate OnDay(LocalDate date) => new(date.Year, date.Month, date.Day, false);

    /// <summary>Some day of a month.</summary>
    public static PartialDate InMonth(int year, int month)
    {
        _ = new LocalDate(year, month, 1);
        return new(year, month, 0, false);
    }

    /// <summary>Some day of a year.</summary>
    public static PartialDate InYear(int year)
    {
        _ = new LocalDate(year, 1, 1);
        return new(year, 0, 0, false);
    }

    /// <summary>The same date, marked as approximate.</summary>
    public PartialDate AsApproximate() => new(Year, Month, Day, true);

    public static implicit operator PartialDate(LocalDate date) => OnDay(date);

    /// <summary>Reads "2023-08-23", "2023-02", "2023", each optionally preceded by "about ".</summary>
    /// <exception cref="FormatException">The text is not such a date, or names a day that does not exist.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Reads a partial date; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        date = default;
        error = "";
        var s = (text ?? "").Trim();
        var approximate = false;
        if (s.StartsWith("about ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            s = s[6..].Trim();
        }

        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            error = $"expected a date as YYYY-MM-DD, YYYY-MM or YYYY (optionally \"about ...\"), got \"{text}\"";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (year < 1 || (parts.Length > 1 && month is < 1 or > 12)
            || (parts.Length > 2 && (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))))
        {
            error = $"\"{text}\" is not a date that exists";
            return false;
        }

        date = new PartialDate(year, month, day, approximate);
        return true;
    }

    /// <summary>Orders by earliest possible day, then by precision (coarser first).</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public override string ToString()
    {
        var core = Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
            _ => Year.ToString("D4", CultureInfo.InvariantCulture),
        };
        return Approximate ? "about " + core : core;
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
