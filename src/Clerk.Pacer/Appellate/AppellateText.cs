using System.Text;
using System.Text.RegularExpressions;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// Text clean-up rules of the conformance parses: which characters count as white space,
/// how field values are trimmed and how case names are tidied.
/// </summary>
internal static partial class AppellateText
{
    /// <summary>
    /// White space as Python's <c>str.isspace</c> sees it. The expected parses were produced with
    /// that definition, which differs from <see cref="char.IsWhiteSpace(char)"/> at U+001C..U+001F.
    /// </summary>
    public static bool IsSpace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        >= '\u001c' and <= '\u001f' => true,
        '\u0085' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>Trims <see cref="IsSpace"/> characters from both ends.</summary>
    public static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
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

    /// <summary>Collapses every run of white space to one space and trims the ends.</summary>
    public static string CollapseSpace(string s)
    {
        if (IsCollapsed(s))
        {
            return s;
        }

        var sb = Builder ??= new StringBuilder(256);
        sb.Clear();
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (IsSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        var collapsed = sb.ToString();
        if (sb.Capacity > 1 << 16)
        {
            Builder = null;
        }

        return collapsed;
    }

    [ThreadStatic]
    private static StringBuilder? Builder;

    private static bool IsCollapsed(string s)
    {
        if (s.Length == 0)
        {
            return true;
        }

        if (IsSpace(s[0]) || IsSpace(s[^1]))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (IsSpace(c) && (c != ' ' || s[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The final tidy applied to every docket field and entry value: white space collapsed and
    /// no space left before a comma.
    /// </summary>
    public static string Tidy(string s)
    {
        var collapsed = CollapseSpace(s);
        return collapsed.Contains(" ,", StringComparison.Ordinal) ? collapsed.Replace(" ,", ",", StringComparison.Ordinal) : collapsed;
    }

    /// <summary>Tidy for optional values.</summary>
    public static string? TidyOrNull(string? s) => s is null ? null : Tidy(s);

    /// <summary>
    /// Cleans a label's value: entity leftovers and typographic quotes to plain ones, stray
    /// <c>*</c> and <c>#</c> dropped, separators trimmed from each side of a " v. " split, white space collapsed.
    /// </summary>
    public static string CleanString(string s)
    {
        if (s.AsSpan().IndexOfAny(CleanTriggers) >= 0)
        {
            s = ReplaceCleanTriggers(s);
        }

        if (s.Contains(" v. ", StringComparison.Ordinal))
        {
            var fragments = s.Split(" v. ");
            for (var i = 0; i < fragments.Length; i++)
            {
                fragments[i] = TrimSeparators(fragments[i]);
            }

            s = string.Join(" v. ", fragments);
        }
        else
        {
            s = TrimSeparators(s);
        }

        return CollapseSpace(s);
    }

    private static readonly System.Buffers.SearchValues<char> CleanTriggers =
        System.Buffers.SearchValues.Create("&%\u2019\u2018\u201c\u201d*#");

    private static string ReplaceCleanTriggers(string s)
    {
        return s.Replace("&rsquo;", "'", StringComparison.Ordinal)
            .Replace("&rdquo;", "\"", StringComparison.Ordinal)
            .Replace("&ldquo;", "\"", StringComparison.Ordinal)
            .Replace("&nbsp;", " ", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("%20", " ", StringComparison.Ordinal)
            .Replace("&#160;", " ", StringComparison.Ordinal)
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'')
            .Replace('\u201c', '"')
            .Replace('\u201d', '"')
            .Replace("*", string.Empty, StringComparison.Ordinal)
            .Replace("#", string.Empty, StringComparison.Ordinal);
    }

    private static bool IsSeparator(char c) => c is '-' or '\u2013' or '_' or '/' or ';' or ',' || IsSpace(c);

    private static string TrimSeparators(string s)
    {
        var start = 0;
        var end = s.Length;
        while (end > start && IsSeparator(s[end - 1]))
        {
            end--;
        }

        while (start < end && IsSeparator(s[start]))
        {
            start++;
        }

        return s[start..end];
    }

    [GeneratedRegex(@"\svs\.?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersusRegex();

    [GeneratedRegex(@"\sv\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex LowerVRegex();

    [GeneratedRegex(
        @"^(appell(ee|ant)s?|claimants?|complainants?|defendants?|defendants?(--?|/)appell(ee|ant)s?|devisee|executor|executrix|pet(\.|itioner)s?|petitioners?(--?|/)appell(ee|ant)s?|petitioners?(--?|/)defendants?|plaintiffs?|plaintiffs?(--?|/)appell(ee|ant)s?|respond(e|a)nts?|respond(e|a)nts?(--?|/)appell(ee|ant)s?|cross(--?|/)respondents?|crosss?(--?|/)petitioners?|cross(--?|/)appell(ees|ant)s?|deceased)(,|\.)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartyRoleWordRegex();

    [GeneratedRegex(
        @"^(USA|U\.S\.A\.|U\.S\.?|U\. S\.?|(The )?United States of America|The United States)(,|\.)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitedStatesRegex();

    [GeneratedRegex(@",?\set\.?\sal\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAlRegex();

    [GeneratedRegex(@"^Nos?\.\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefixRegex();

    /// <summary>
    /// Tidies a case name: "vs" becomes "v.", party-role words and "et al." go, the many
    /// spellings of the United States become "United States", a leading "No."/"Nos." goes.
    /// </summary>
    public static string Harmonize(string text)
    {
        text = VersusRegex().Replace(text, " v. ");
        text = LowerVRegex().Replace(text, " v. ");

        var words = SplitOnSpace(text);
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = PartyRoleWordRegex().Replace(words[i], string.Empty);
        }

        text = string.Join(' ', words);
        var parties = text.Split(" v. ");
        for (var i = 0; i < parties.Length; i++)
        {
            var party = Strip(parties[i]);
            if (UnitedStatesRegex().IsMatch(party))
            {
                party = "United States";
            }
            else if (string.Equals(party, "the state", StringComparison.OrdinalIgnoreCase))
            {
                party = "State";
            }
            else if (party == "US")
            {
                party = "United States";
            }

            parties[i] = party;
        }

        var result = EtAlRegex().Replace(string.Join(" v. ", parties), string.Empty);
        if (result.StartsWith("No.", StringComparison.Ordinal) || result.StartsWith("Nos.", StringComparison.Ordinal))
        {
            result = NumberPrefixRegex().Replace(result, string.Empty);
        }

        return CleanString(result);
    }

    /// <summary>Splits on runs of white space, dropping empty pieces.</summary>
    public static List<string> SplitOnSpace(string s)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var boundary = i == s.Length || IsSpace(s[i]);
            if (boundary)
            {
                if (start >= 0)
                {
                    parts.Add(s[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return parts;
    }
}
