using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Clerk.Pacer.Appellate;

/// <summary>Reads the dates and date-times dockets print, and writes them as ISO text.</summary>
internal static partial class CourtDates
{
    [GeneratedRegex(
        @"^(?<m>\d{1,2})[/\-.](?<d>\d{1,2})[/\-.](?<y>\d{4}|\d{2})(?:[\sT]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex UsDateRegex();

    [GeneratedRegex(
        @"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[\sT]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateRegex();

    /// <summary>
    /// Reads a court date or date-time: <c>mm/dd/yyyy</c> (optionally with a 12- or 24-hour time)
    /// or ISO <c>yyyy-mm-dd[Thh:mm[:ss]]</c>. Parentheses are ignored and "N/A" means no date.
    /// Returns null for text that is not such a date.
    /// </summary>
    public static LocalDateTime? ParseDateTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        text = AppellateText.Strip(text.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal));
        if (text.Length == 0 || text == "N/A")
        {
            return null;
        }

        var match = UsDateRegex().Match(text);
        if (!match.Success)
        {
            match = IsoDateRegex().Match(text);
            if (!match.Success)
            {
                return null;
            }
        }

        var year = Number(match, "y");
        if (match.Groups["y"].Length == 2)
        {
            year += year <= 68 ? 2000 : 1900;
        }

        var month = Number(match, "m");
        var day = Number(match, "d");
        var hour = match.Groups["h"].Success ? Number(match, "h") : 0;
        var minute = match.Groups["min"].Success ? Number(match, "min") : 0;
        var second = match.Groups["s"].Success ? Number(match, "s") : 0;
        var ampm = match.Groups.TryGetValue("ampm", out var group) && group.Success ? char.ToUpperInvariant(group.Value[0]) : '\0';
        if (ampm == 'P' && hour < 12)
        {
            hour += 12;
        }
        else if (ampm == 'A' && hour == 12)
        {
            hour = 0;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new LocalDateTime(year, month, day, hour, minute, second);
    }

    /// <summary>The date part of <see cref="ParseDateTime"/>.</summary>
    public static LocalDate? ParseDate(string? text) => ParseDateTime(text)?.Date;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>ISO <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public static string Iso(LocalDateTime value) => value.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
