using System.Text.RegularExpressions;

namespace Clerk.Pacer.Text;

/// <summary>
/// Title-casing with the New York Times small-word rules, as the reference parser applies it
/// to party types and judge names ("magistrate judge" → "Magistrate Judge", "mcdonald" → "McDonald").
/// </summary>
internal static partial class TitleCase
{
    private const string Small = @"a|an|and|as|at|but|by|en|for|if|in|is|of|on|or|the|to|v\.?|via|vs\.?";
    private const string Punct = @"!""#$¢%&'‘()*+,\-./:;?@\[\\\]_—`{|}~";

    [GeneratedRegex(@"(^|\s)(" + Small + @")(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallWordInline();

    [GeneratedRegex(@"^[A-Z\s" + Punct + "¼½¾§ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜßàáâãäåæçèéêëìíîïñòóôœõöøùúûüÿ0123456789]+$")]
    private static partial Regex AllCaps();

    [GeneratedRegex(@"^(?:[A-Z]{1}\.{1}|[A-Z]{1}\.{1}[A-Z]{1})+,?$")]
    private static partial Regex UcInitials();

    [GeneratedRegex(@"^[dol]{1}['‘]{1}[a-z]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AposSecond();

    [GeneratedRegex(@"[a-z][.][a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlinePeriod();

    [GeneratedRegex(@"[a-z][/][a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineSlash();

    [GeneratedRegex(@"^([a-z][&][a-z])(.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineAmpersand();

    [GeneratedRegex(@"^[" + Punct + @"]*?[a-zA-Z]+[A-Z]+?")]
    private static partial Regex UcElsewhere();

    [GeneratedRegex(@"^(" + Small + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallWords();

    [GeneratedRegex(@"^(3D|AFL|AKA|A/K/A|BMG|CBS|CDC|CDT|CEO|CIO|CNMI|D/B/A|DOJ|DVA|EFF|FCC|FTC|HSBC|IBM|II|III|IV|JJ|LLC|LLP|MCI|MJL|MSPB|ND|NLRB|PTO|SD|UPS|RSS|SEC|UMG|US|USA|USC|USPS|WTO)[" + Punct + "]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BigWords();

    [GeneratedRegex(@"^([Mm]a?c)(\w+.*)")]
    private static partial Regex MacMc();

    [GeneratedRegex(@"^[" + Punct + "]*?([A-Za-z])")]
    private static partial Regex CapFirst();

    [GeneratedRegex(@"^([" + Punct + "]*)(" + Small + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallFirst();

    [GeneratedRegex(@"\b(" + Small + ")[" + Punct + "]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallLast();

    [GeneratedRegex(@"([:;?!][ ])(" + Small + ")")]
    private static partial Regex SubPhrase();

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"\WV\.\W")]
    private static partial Regex UpperV();

    public static string Apply(string text)
    {
        if (IsUpper(SmallWordInline().Replace(text, "")))
        {
            text = text.ToLowerInvariant();
        }

        var processed = new List<string>();
        foreach (var line in LineBreaks().Split(text))
        {
            bool allCaps = AllCaps().IsMatch(line);
            var result = string.Join(' ', line.Split(' ', '\t').Select(word => Word(word, allCaps)));
            result = SmallFirst().Replace(result, m => m.Groups[1].Value + Capitalize(m.Groups[2].Value));
            result = SmallLast().Replace(result, m => Capitalize(m.Value));
            result = SubPhrase().Replace(result, m => m.Groups[1].Value + Capitalize(m.Groups[2].Value));
            processed.Add(result);
        }

        return UpperV().Replace(string.Join('\n', processed), " v. ");
    }

    private static string Word(string word, bool allCaps)
    {
        if (allCaps)
        {
            if (UcInitials().IsMatch(word))
            {
                return word;
            }

            word = word.ToLowerInvariant();
        }

        if (AposSecond().IsMatch(word))
        {
            return word[..3].ToUpperInvariant() + word[3..];
        }

        if (InlinePeriod().IsMatch(word))
        {
            return string.Join('.', word.Split('.').Select(p => p.Length == 1 ? p.ToUpperInvariant() : p));
        }

        if (InlineSlash().IsMatch(word))
        {
            return string.Join('/', word.Split('/').Select(p => p.Length == 1 ? p.ToUpperInvariant() : p));
        }

        var amp = InlineAmpersand().Match(word);
        if (amp.Success)
        {
            return amp.Groups[1].Value.ToUpperInvariant() + amp.Groups[2].Value;
        }

        if (UcElsewhere().IsMatch(word))
        {
            return word;
        }

        if (SmallWords().IsMatch(word))
        {
            return word.ToLowerInvariant();
        }

        if (BigWords().IsMatch(word))
        {
            return word.ToUpperInvariant();
        }

        var mac = MacMc().Match(word);
        if (mac.Success && word is not "mack" and not "machine")
        {
            return Capitalize(mac.Groups[1].Value) + Capitalize(mac.Groups[2].Value);
        }

        return string.Join('-', word.Split('-').Select(item => CapFirst().Replace(item, m => m.Value.ToUpperInvariant(), 1)));
    }

    /// <summary>First character upper case, the rest lower case.</summary>
    public static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>True when the text has a cased letter and no lower-case one.</summary>
    public static bool IsUpper(string s)
    {
        bool cased = false;
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                cased = true;
            }
        }

        return cased;
    }
}
