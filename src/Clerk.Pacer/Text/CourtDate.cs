using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Clerk.Pacer.Text;

/// <summary>
/// Reads the dates and date-times every kind of report prints: "12/23/2008", "1/9/09",
/// "12-23-2008", "2008-12-23", "03/07/2023 07:55 AM", "2023-03-07T07:55:00". Parentheses and
/// surrounding white space are ignored and "N/A" means no date. Text that is a date followed by
/// something else ("12/23/2008 (Entered)") gives the date.
/// </summary>
internal static partial class CourtDate
{
    [GeneratedRegex(
        @"^(?<m>\d{1,2})[/\-.](?<d>\d{1,2})[/\-.](?<y>\d{4}|\d{2})(?:[\sT]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex UsDateTime();

    [GeneratedRegex(
        @"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[\sT]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    /// <summary>The date, or null when the text is empty, "N/A" or holds no date in one of the forms read.</summary>
    public static LocalDate? Parse(string? text) => ParseDateTime(text)?.Date;

    /// <summary>The date and time of day (midnight when none is printed), or null as for <see cref="Parse"/>.</summary>
    public static LocalDateTime? ParseDateTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = PyText.Strip(text.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
            .Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal));
        if (s.Length == 0 || s == "N/A")
        {
            return null;
        }

        var match = UsDateTime().Match(s);
        if (!match.Success)
        {
            match = IsoDateTime().Match(s);
        }

        return match.Success ? FromMatch(match) : LeadingDate(s);
    }

    /// <summary>ISO text (yyyy-MM-dd) of a date.</summary>
    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO text (yyyy-MM-ddTHH:mm:ss) of a date-time.</summary>
    public static string Iso(LocalDateTime value) => value.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static LocalDateTime? FromMatch(Match match)
    {
        var year = Number(match.Groups["y"].ValueSpan);
        if (match.Groups["y"].Length <= 2)
        {
            year = TwoDigitYear(year);
        }

        int hour = match.Groups["h"].Success ? Number(match.Groups["h"].ValueSpan) : 0;
        var ampm = match.Groups.TryGetValue("ampm", out var group) && group.Success ? char.ToUpperInvariant(group.Value[0]) : '\0';
        if (ampm == 'P' && hour < 12)
        {
            hour += 12;
        }
        else if (ampm == 'A' && hour == 12)
        {
            hour = 0;
        }

        int minute = match.Groups["min"].Success ? Number(match.Groups["min"].ValueSpan) : 0;
        int second = match.Groups["s"].Success ? Number(match.Groups["s"].ValueSpan) : 0;
        return Make(year, Number(match.Groups["m"].ValueSpan), Number(match.Groups["d"].ValueSpan), hour, minute, second);
    }

    // The first word read as a date with any of the separators PACER uses ("12/23/2008 10:15 AM ET").
    private static LocalDateTime? LeadingDate(string s)
    {
        int space = 0;
        while (space < s.Length && !PyText.IsSpace(s[space]))
        {
            space++;
        }

        var parts = s[..space].Split('/', '-', '.', '\u2013', '\u2014');
        if (parts.Length != 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        int a = Number(parts[0]), b = Number(parts[1]), c = Number(parts[2]);
        if (parts[0].Length == 4)
        {
            return Make(a, b, c, 0, 0, 0);
        }

        return Make(parts[2].Length <= 2 ? TwoDigitYear(c) : c, a, b, 0, 0, 0);
    }

    private static LocalDateTime? Make(int year, int month, int day, int hour, int minute, int second) =>
        month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
            ? null
            : new LocalDateTime(year, month, day, hour, minute, second);

    // Two-digit years land within fifty years of the reference century, as the reference parser's date reader does.
    private static int TwoDigitYear(int yy)
    {
        const int referenceYear = 2026;
        int year = yy + 2000;
        return year >= referenceYear + 50 ? year - 100 : year < referenceYear - 50 ? year + 100 : year;
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
