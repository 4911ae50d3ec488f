using System.Globalization;
using NodaTime;

namespace Clerk.Pacer.Text;

/// <summary>
/// Reads the dates PACER prints: "12/23/2008", "1/9/09", "2008-12-23", "12-23-2008",
/// with parentheses and surrounding whitespace ignored and "N/A" meaning no date.
/// </summary>
internal static class LooseDate
{
    /// <summary>The date, or null when the text is empty, "N/A" or not a date in one of those forms.</summary>
    public static LocalDate? Parse(string text)
    {
        var s = PyText.Strip(text.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
            .Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal)
            .Replace("\\r", "\r", StringComparison.Ordinal));
        if (s.Length == 0 || s == "N/A")
        {
            return null;
        }

        // A trailing time of day ("12/23/2008 10:15 AM") does not change the date.
        int space = IndexOfSpace(s);
        if (space > 0)
        {
            s = s[..space];
        }

        var parts = s.Split('/', '-', '.', '\u2013', '\u2014');
        if (parts.Length != 3 || !AllNumbers(parts))
        {
            return null;
        }

        int a = Number(parts[0]), b = Number(parts[1]), c = Number(parts[2]);
        int year, month, day;
        if (parts[0].Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else
        {
            (month, day, year) = (a, b, c);
            if (parts[2].Length <= 2)
            {
                year = TwoDigitYear(year);
            }
        }

        if (month < 1 || month > 12 || year < 1 || year > 9999 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>ISO text (yyyy-MM-dd) of a parsed date.</summary>
    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Two-digit years land within fifty years of the reference century, as dateutil does.
    private static int TwoDigitYear(int yy)
    {
        const int referenceYear = 2026;
        int year = yy + 2000;
        if (year >= referenceYear + 50)
        {
            year -= 100;
        }
        else if (year < referenceYear - 50)
        {
            year += 100;
        }

        return year;
    }

    private static int IndexOfSpace(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (PyText.IsSpace(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AllNumbers(string[] parts)
    {
        foreach (var p in parts)
        {
            if (p.Length is 0 or > 4)
            {
                return false;
            }

            foreach (var c in p)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Number(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
