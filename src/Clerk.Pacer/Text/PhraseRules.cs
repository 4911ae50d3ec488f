using System.Buffers;
using System.Text.RegularExpressions;

namespace Clerk.Pacer.Text;

/// <summary>
/// Phrases that mark a page as something other than a docket (PACER's messages, login redirects,
/// pages spoiled by browser add-ons), each a pattern whose spaces match any run of white space,
/// found case-insensitively. Each rule has a literal that any match contains, so a page is
/// searched with the (slower) pattern only when the literal occurs.
/// </summary>
internal sealed class PhraseRules
{
    private readonly (string Literal, Regex Pattern, string Phrase)[] _rules;
    private readonly SearchValues<string> _literals;

    /// <param name="rules">Each rule's literal and pattern.</param>
    public PhraseRules(IEnumerable<(string Literal, string Pattern)> rules)
    {
        _rules = [.. rules.Select(rule => (rule.Literal, new Regex(
            string.Join(@"\s+", rule.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), rule.Pattern))];
        _literals = SearchValues.Create([.. _rules.Select(rule => rule.Literal)], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="text"/> holds the literal of some rule (in any case).</summary>
    public bool Mentions(string text) => text.AsSpan().IndexOfAny(_literals) >= 0;

    /// <summary>The pattern of the first rule <paramref name="text"/> matches, or null.</summary>
    public string? FirstMatch(string text)
    {
        if (!Mentions(text))
        {
            return null;
        }

        foreach (var (literal, pattern, phrase) in _rules)
        {
            // Vectorised: string.Contains(…, OrdinalIgnoreCase) goes character by character under
            // invariant globalisation, which made this check about half of an appellate parse.
            if (CaselessSearch.Contains(text, literal) && pattern.IsMatch(text))
            {
                return phrase;
            }
        }

        return null;
    }
}
