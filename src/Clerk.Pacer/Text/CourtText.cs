using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Clerk.Pacer.Text;

/// <summary>
/// The clean-ups the reference parser applies to court strings: whitespace collapsing,
/// stray punctuation at the ends, and case-name harmonising ("vs." → "v.", "et al" dropped).
/// </summary>
internal static partial class CourtText
{
    /// <summary>Collapses whitespace and removes spaces before commas (how every scalar value is finished).</summary>
    public static string CleanValue(string s) => PyText.Collapse(s).Replace(" ,", ",", StringComparison.Ordinal);

    /// <summary><see cref="CleanValue"/> of a value that may be absent.</summary>
    public static string? CleanValueOrNull(string? s) => s is null ? null : CleanValue(s);

    /// <summary>The size a cell prints ("199.64 KB"), stripped; empty when the text names no KB or MB.</summary>
    public static string FileSize(string text) =>
        text.Contains("kb", StringComparison.OrdinalIgnoreCase) || text.Contains("mb", StringComparison.OrdinalIgnoreCase) ? PyText.Strip(text) : "";

    /// <summary>Entity leftovers, smart quotes, '*' and '#', and separators at both ends of each side of " v. ".</summary>
    private static readonly SearchValues<char> Replaced = SearchValues.Create("&%*#\u2018\u2019\u201c\u201d");

    public static string CleanString(string s)
    {
        if (s.AsSpan().IndexOfAny(Replaced) < 0)
        {
            return Finish(s);
        }

        var sb = new StringBuilder(s);
        sb.Replace("&rsquo;", "'").Replace("&rdquo;", "\"").Replace("&ldquo;", "\"").Replace("&nbsp;", " ")
          .Replace("&amp;", "&").Replace("%20", " ").Replace("&#160;", " ")
          .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
          .Replace("*", "").Replace("#", "");
        return Finish(sb.ToString());
    }

    private static string Finish(string s)
    {
        if (!s.Contains(" v. ", StringComparison.Ordinal))
        {
            return PyText.Collapse(TrimBadEnds(s));
        }

        var parts = s.Split(" v. ");
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = TrimBadEnds(parts[i]);
        }

        return PyText.Collapse(string.Join(" v. ", parts));
    }

    private static bool IsBadEdge(char c) => c is '-' or '\u2013' or '_' or '/' or ';' or ',' || PyText.IsSpace(c);

    private static string TrimBadEnds(string s)
    {
        int start = 0, end = s.Length;
        while (end > 0 && IsBadEdge(s[end - 1]))
        {
            end--;
        }

        while (start < end && IsBadEdge(s[start]))
        {
            start++;
        }

        return start == 0 && end == s.Length ? s : s[start..end];
    }

    [GeneratedRegex(@"\svs\.?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Versus();

    [GeneratedRegex(@"\sv\.?\s")]
    private static partial Regex LowerV();

    [GeneratedRegex(@"^(appell(ee|ant)s?|claimants?|complainants?|defendants?|defendants?(--?|/)appell(ee|ant)s?|devisee|executor|executrix|pet(\.|itioner)s?|petitioners?(--?|/)appell(ee|ant)s?|petitioners?(--?|/)defendants?|plaintiffs?|plaintiffs?(--?|/)appell(ee|ant)s?|respond(e|a)nts?|respond(e|a)nts?(--?|/)appell(ee|ant)s?|cross(--?|/)respondents?|crosss?(--?|/)petitioners?|cross(--?|/)appell(ees|ant)s?|deceased)(,|\.)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BadWords();

    [GeneratedRegex(@"^(USA|U\.S\.A\.|U\.S\.?|U\. S\.?|(The )?United States of America|The United States)(,|\.)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@",?\set\.?\sal\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"^Nos?\.\s+")]
    private static partial Regex NumberPrefix();

    /// <summary>Normalises a case name the way the reference parser does.</summary>
    public static string Harmonize(string text)
    {
        text = Versus().Replace(text, " v. ");
        text = LowerV().Replace(text, " v. ");
        var words = PyText.Split(text);
        for (int i = 0; i < words.Count; i++)
        {
            if (BadWords().IsMatch(words[i]))
            {
                words[i] = "";
            }
        }

        text = string.Join(' ', words);
        var parts = text.Split(" v. ");
        for (int i = 0; i < parts.Length; i++)
        {
            var party = PyText.Strip(parts[i]);
            if (UnitedStates().IsMatch(party))
            {
                party = "United States";
            }
            else if (party.Equals("the state", StringComparison.OrdinalIgnoreCase))
            {
                party = "State";
            }
            else if (party == "US")
            {
                party = "United States";
            }

            parts[i] = party;
        }

        var result = EtAl().Replace(string.Join(" v. ", parts), "");
        if (result.StartsWith("No.", StringComparison.Ordinal) || result.StartsWith("Nos.", StringComparison.Ordinal))
        {
            result = NumberPrefix().Replace(result, "");
        }

        return CleanString(result);
    }
}
