using System.Text.RegularExpressions;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// Turns a docket's judge line ("F. Dennis Saylor, IV, U.S. District Judge") into the judge's
/// name in title case ("F. Dennis Saylor IV"): titles, honorifics and court abbreviations go.
/// </summary>
internal static partial class JudgeNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "judge", "magistrate", "district", "chief", "senior", "bankruptcy", "mag.", "magistrate-judge", "mag/judge", "mag",
        "visiting", "special", "senior-judge", "master", "u.s.magistrate",
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a998", "agb", "am", "associated", "ca", "cases", "cet", "ch.", "cla", "clerk", "cp", "cvb", "db", "debt-magistrate",
        "discovery", "dj", "docket", "duty", "ec", "eck", "general", "grc", "gs", "hhl", "hon", "honorable", "inactive", "jne",
        "jv", "kec", "law", "lc", "llh", "lq", "maryland", "mediator", "merged", "mj", "mmh", "msh", "mwd", "no", "none",
        "prisoner", "pslc", "pro", "pso", "pt", "rmh", "se", "sf", "show", "successor", "u.s.", "tjc", "unassigned",
        "unassigned2", "unassigneddj", "unknown", "us", "usdc", "vjdistrict",
    };

    /// <summary>The judge's name from a judge line; empty when the line names nobody.</summary>
    public static string NameOf(string judge)
    {
        var words = AppellateText.SplitOnSpace(judge.Replace(",", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        var nameWords = new List<string>();
        foreach (var w in words)
        {
            var skip = w.Contains('(', StringComparison.Ordinal) || w.Contains(')', StringComparison.Ordinal)
                || w.StartsWith('-') || w.StartsWith('~')
                || Ignored.Contains(w)
                || (w.Length > 2 && w.Contains('.', StringComparison.Ordinal) && w is not ("jr." or "sr."));
            if (skip || Titles.Contains(w))
            {
                continue;
            }

            nameWords.Add(w);
        }

        return TidyName(TitleCase(string.Join(' ', nameWords)));
    }

    private static string TidyName(string name)
    {
        var words = AppellateText.SplitOnSpace(name);
        var output = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 1 && char.IsLetter(w[0]))
            {
                w += ".";
            }

            if (w.ToLowerInvariant() is "jr" or "sr")
            {
                w += ".";
            }

            // A leading "J." is a title ("J. Michael Lissner") unless another initial follows it.
            if (i == 0 && w.ToLowerInvariant() is "j." or "j" && i + 1 < words.Count)
            {
                var next = words[i + 1];
                if (!((next.Length == 2 && next.EndsWith('.')) || next.Length == 1))
                {
                    continue;
                }
            }

            output.Add(w);
        }

        return string.Join(' ', output);
    }

    private const string Punct = @"!""#$¢%&'‘()*+,\-./:;?@\[\\\]_—`{|}~";
    private const string Small = @"a|an|and|as|at|but|by|en|for|if|in|is|of|on|or|the|to|v\.?|via|vs\.?";

    [GeneratedRegex(@"^(3D|AFL|AKA|A/K/A|BMG|CBS|CDC|CDT|CEO|CIO|CNMI|D/B/A|DOJ|DVA|EFF|FCC|FTC|HSBC|IBM|II|III|IV|JJ|LLC|LLP|MCI|MJL|MSPB|ND|NLRB|PTO|SD|UPS|RSS|SEC|UMG|US|USA|USC|USPS|WTO)[" + Punct + "]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BigWord();

    [GeneratedRegex("^(" + Small + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallWord();

    [GeneratedRegex("[a-z][.][a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlinePeriod();

    [GeneratedRegex("[a-z][/][a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineSlash();

    [GeneratedRegex("^([a-z][&][a-z])(.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineAmpersand();

    [GeneratedRegex("^[" + Punct + "]*?[a-zA-Z]+[A-Z]+?", RegexOptions.CultureInvariant)]
    private static partial Regex UpperElsewhere();

    [GeneratedRegex("^[" + Punct + "]*?([A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CapFirst();

    [GeneratedRegex("^([" + Punct + "]*)(" + Small + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallFirst();

    [GeneratedRegex(@"\b(" + Small + ")[" + Punct + "]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallLast();

    [GeneratedRegex("([:;?!][ ])(" + Small + ")", RegexOptions.CultureInvariant)]
    private static partial Regex SubPhrase();

    [GeneratedRegex("^[dol]{1}['‘]{1}[a-z]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApostropheSecond();

    [GeneratedRegex(@"^([Mm]a?c)(\w+.*)", RegexOptions.CultureInvariant)]
    private static partial Regex MacMc();

    [GeneratedRegex(@"\WV\.\W", RegexOptions.CultureInvariant)]
    private static partial Regex UpperVersus();

    private static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>Title case for a line of lower-case name words (small words stay lower, known acronyms go upper).</summary>
    private static string TitleCase(string text)
    {
        var words = text.Split(' ', '\t');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = TitleCaseWord(words[i]);
        }

        var result = string.Join(' ', words);
        result = SmallFirst().Replace(result, m => m.Groups[1].Value + Capitalize(m.Groups[2].Value));
        result = SmallLast().Replace(result, m => Capitalize(m.Value));
        result = SubPhrase().Replace(result, m => m.Groups[1].Value + Capitalize(m.Groups[2].Value));
        return UpperVersus().Replace(result, " v. ");
    }

    private static string TitleCaseWord(string word)
    {
        if (ApostropheSecond().IsMatch(word))
        {
            return word[..3].ToUpperInvariant() + word[3..];
        }

        if (InlinePeriod().IsMatch(word))
        {
            return UpperSingleLetterParts(word, '.');
        }

        if (InlineSlash().IsMatch(word))
        {
            return UpperSingleLetterParts(word, '/');
        }

        var amp = InlineAmpersand().Match(word);
        if (amp.Success)
        {
            return amp.Groups[1].Value.ToUpperInvariant() + amp.Groups[2].Value;
        }

        if (UpperElsewhere().IsMatch(word))
        {
            return word;
        }

        if (SmallWord().IsMatch(word))
        {
            return word.ToLowerInvariant();
        }

        if (BigWord().IsMatch(word))
        {
            return word.ToUpperInvariant();
        }

        var mac = MacMc().Match(word);
        if (mac.Success && word is not ("mack" or "machine"))
        {
            return Capitalize(mac.Groups[1].Value) + Capitalize(mac.Groups[2].Value);
        }

        var pieces = word.Split('-');
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = CapFirst().Replace(pieces[i], m => m.Value.ToUpperInvariant(), 1);
        }

        return string.Join('-', pieces);
    }

    private static string UpperSingleLetterParts(string word, char separator)
    {
        var parts = word.Split(separator);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 1)
            {
                parts[i] = parts[i].ToUpperInvariant();
            }
        }

        return string.Join(separator, parts);
    }
}
