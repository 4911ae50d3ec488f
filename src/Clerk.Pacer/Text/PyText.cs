using System.Buffers;
using System.Text;

namespace Clerk.Pacer.Text;

/// <summary>
/// String operations with the whitespace rules of the reference parser (Python's
/// <c>str.split()</c>/<c>str.strip()</c>), which count the no-break space and other
/// Unicode separators as whitespace. Matching those rules is what makes our output
/// identical to the expected parses.
/// </summary>
internal static class PyText
{
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        " \t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    public static bool IsSpace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\v' or '\f' => true,
        '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' or '\xa0' => true,
        '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    public static string Strip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return start == 0 && end == s.Length ? s : s[start..end];
    }

    public static bool IsBlank(string s) => s.AsSpan().IndexOfAnyExcept(Spaces) < 0;

    /// <summary>The words of <paramref name="s"/> separated by runs of whitespace.</summary>
    public static List<string> Split(string s)
    {
        var words = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && !IsSpace(s[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(s[start..i]);
            }
        }

        return words;
    }

    /// <summary>Collapses every run of whitespace to one space and trims the ends.</summary>
    public static string Collapse(string s)
    {
        var span = s.AsSpan();
        if (IsCollapsed(span))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        while (true)
        {
            int start = span.IndexOfAnyExcept(Spaces);
            if (start < 0)
            {
                break;
            }

            span = span[start..];
            int end = span.IndexOfAny(Spaces);
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            if (end < 0)
            {
                sb.Append(span);
                break;
            }

            sb.Append(span[..end]);
            span = span[end..];
        }

        return sb.ToString();
    }

    // True when the text has no whitespace but single ASCII spaces between words.
    private static bool IsCollapsed(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return true;
        }

        if (span[0] == ' ' || span[^1] == ' ')
        {
            return false;
        }

        while (true)
        {
            int i = span.IndexOfAny(Spaces);
            if (i < 0)
            {
                return true;
            }

            if (span[i] != ' ' || (i + 1 < span.Length && IsSpace(span[i + 1])))
            {
                return false;
            }

            span = span[(i + 1)..];
        }
    }

    /// <summary>True for a non-empty text of decimal digits (any script's, as Python's <c>str.isdigit()</c> reads most of them).</summary>
    public static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsDigit);
}
