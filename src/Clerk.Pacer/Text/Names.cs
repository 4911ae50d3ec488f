using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Clerk.Pacer.Text;

/// <summary>Normalisation of party types and judge names as the reference parser does it.</summary>
internal static partial class Names
{
    private static readonly (Regex Pattern, string Replacement)[] PartyTypeRules =
    [
        (new Regex(@"defendant\s+\(\d+\)", RegexOptions.CultureInvariant), "defendant"),
        (new Regex(@"debtor\s+\d+", RegexOptions.CultureInvariant), "debtor"),
        (new Regex(@"(thirdparty|3rd pty|3rd party)", RegexOptions.CultureInvariant), "third party"),
        (new Regex(@"(fourthparty|4th pty|4th party)", RegexOptions.CultureInvariant), "fourth party"),
        (new Regex(@"counter-(defendant|claimaint)", RegexOptions.CultureInvariant), "counter $1"),
        (new Regex(@"\bus\b", RegexOptions.CultureInvariant), "u.s."),
        (new Regex(@"u\. s\.", RegexOptions.CultureInvariant), "u.s."),
        (new Regex(@"united states", RegexOptions.CultureInvariant), "u.s."),
        (new Regex(@"jointadmin", RegexOptions.CultureInvariant), "jointly administered"),
        (new Regex(@"consolidated-debtor", RegexOptions.CultureInvariant), "consolidated debtor"),
        (new Regex(@"plaintiff-? consolidated", RegexOptions.CultureInvariant), "consolidated plaintiff"),
        (new Regex(@"defendant-? consolidated", RegexOptions.CultureInvariant), "consolidated defendant"),
        (new Regex(@"intervenor-plaintiff", RegexOptions.CultureInvariant), "intervenor plaintiff"),
        (new Regex(@"intervenor pla\b", RegexOptions.CultureInvariant), "intervenor plaintiff"),
        (new Regex(@"intervenor dft\b", RegexOptions.CultureInvariant), "intervenor defendant"),
    ];

    // Party types and judge names repeat across reports; title-casing them is regex-heavy.
    private const int CacheLimit = 20_000;
    private static readonly ConcurrentDictionary<string, string> PartyTypes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> JudgeNames = new(StringComparer.Ordinal);

    private static string Remember(ConcurrentDictionary<string, string> cache, string key, Func<string, string> compute) =>
        cache.TryGetValue(key, out var value) ? value : cache.Count < CacheLimit ? cache.GetOrAdd(key, compute) : compute(key);

    /// <summary>"PLAINTIFF " → "Plaintiff", "Defendant (1)" → "Defendant", "3rd Party Plaintiff" → "Third Party Plaintiff".</summary>
    public static string PartyType(string raw) => Remember(PartyTypes, raw, ComputePartyType);

    private static string ComputePartyType(string raw)
    {
        var t = PyText.Strip(raw.ToLowerInvariant());
        foreach (var (pattern, replacement) in PartyTypeRules)
        {
            t = pattern.Replace(t, replacement);
        }

        return TitleCase.Apply(t);
    }

    private static readonly HashSet<string> JudgeTitles =
    [
        "judge", "magistrate", "district", "chief", "senior", "bankruptcy", "mag.", "magistrate-judge",
        "mag/judge", "mag", "visiting", "special", "senior-judge", "master", "u.s.magistrate",
    ];

    private static readonly HashSet<string> JudgeBlacklist =
    [
        "a998", "agb", "am", "associated", "ca", "cases", "cet", "ch.", "cla", "clerk", "cp", "cvb", "db", "debt-magistrate", "discovery",
        "dj", "docket", "duty", "ec", "eck", "general", "grc", "gs", "hhl", "hon", "honorable", "inactive", "jne",
        "jv", "kec", "law", "lc", "llh", "lq", "maryland", "mediator", "merged", "mj", "mmh", "msh", "mwd", "no",
        "none", "prisoner", "pslc", "pro", "pso", "pt", "rmh", "se", "sf", "show", "successor", "u.s.", "tjc", "unassigned",
        "unassigned2", "unassigneddj", "unknown", "us", "usdc", "vjdistrict",
    ];

    /// <summary>The judge's name from a PACER judge string ("Magistrate Judge Sue W Wright" → "Sue W. Wright").</summary>
    public static string JudgeName(string judge) => Remember(JudgeNames, judge, ComputeJudgeName);

    private static string ComputeJudgeName(string judge)
    {
        var nameWords = new List<string>();
        foreach (var w in PyText.Split(judge.Replace(",", "", StringComparison.Ordinal).ToLowerInvariant()))
        {
            bool skip = w.Contains('(', StringComparison.Ordinal) || w.Contains(')', StringComparison.Ordinal)
                || w.StartsWith('-') || w.StartsWith('~') || JudgeBlacklist.Contains(w)
                || (w.Length > 2 && w.Contains('.', StringComparison.Ordinal) && w is not "jr." and not "sr.");
            if (skip || JudgeTitles.Contains(w))
            {
                continue;
            }

            nameWords.Add(w);
        }

        var words = PyText.Split(TitleCase.Apply(string.Join(' ', nameWords)));
        var output = new List<string>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 1 && char.IsLetter(w[0]))
            {
                w += ".";
            }

            if (w.Equals("jr", StringComparison.OrdinalIgnoreCase) || w.Equals("sr", StringComparison.OrdinalIgnoreCase))
            {
                w += ".";
            }

            if (i == 0 && (w.Equals("j.", StringComparison.OrdinalIgnoreCase) || w.Equals("j", StringComparison.OrdinalIgnoreCase)) && i + 1 < words.Count)
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
}
