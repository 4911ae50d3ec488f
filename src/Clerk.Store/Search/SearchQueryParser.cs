using System.Globalization;
using System.Text;
using Clerk.Domain;
using Clerk.Store.MatterFiles;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Store.Search;

/// <summary>
/// Reads the query language: words (<c>biedscheid</c>), prefixes (<c>dismiss*</c>), phrases in
/// double quotes (<c>"suit is untimely"</c>, <c>"motion to dis"*</c>), <c>AND</c> (also implied
/// between parts), <c>OR</c>, <c>NOT</c> (upper case; lower-case and/or/not are words), parentheses,
/// and filters that apply to the whole query: <c>court:ID</c>, <c>kind:civil</c>,
/// <c>fact:docket-entry</c>, <c>party:ID</c>, <c>judge:ID</c>, <c>from:YYYY-MM-DD</c>,
/// <c>to:YYYY-MM-DD</c>. A colon after any other word is part of the word (a docket number).
/// Characters that are neither letters nor digits separate tokens, so a word such as
/// <c>3:08-cv-00284</c> is searched as a phrase of its tokens.
/// </summary>
public static class SearchQueryParser
{
    private static readonly string[] Fields = ["court", "kind", "fact", "party", "judge", "from", "to"];

    /// <summary>
    /// The longest token searched for, in bytes of UTF-8: PostgreSQL indexes no longer word (its
    /// lexemes are under 2 KB) and refuses a longer one in a query, so both engines refuse it here.
    /// </summary>
    public const int LongestWordBytes = 2047;

    /// <summary>
    /// The most parentheses one inside another. FTS5's parser overflows its stack at about 30 levels
    /// of its own syntax, which a query's groups of alternating AND and OR reach at 14 levels
    /// (PostgreSQL goes much further), and the parser here reads a group by recursion.
    /// </summary>
    public const int DeepestGroups = 8;

    /// <summary>Parses <paramref name="text"/> into what must match and the filters it sets.</summary>
    /// <exception cref="SearchQueryException">The text cannot be read; the message says where and why.</exception>
    public static (QueryNode Match, SearchFilters Filters) Parse(string text)
    {
        var lexemes = Lex(text);
        var p = new Reader(lexemes);
        var filters = new SearchFilters();
        var parts = new List<QueryNode>();
        while (!p.AtEnd)
        {
            if (p.Peek.Kind == LexKind.Field)
            {
                filters = Apply(filters, p.Next());
                continue;
            }

            if (p.Peek.Kind == LexKind.Close)
            {
                throw Error(p.Peek, "')' with no '(' before it");
            }

            if (ReadOr(p) is { } part)
            {
                parts.Add(part);
            }
        }

        var match = Simplify(parts, all: true)
            ?? throw new SearchQueryException("nothing to search for: give at least one word with letters or digits (filters alone are not a query)");
        CheckNegation(match);
        return (match, filters);
    }

    // or := and ('OR' and)*
    private static QueryNode? ReadOr(Reader p)
    {
        var parts = new List<QueryNode?> { ReadAnd(p) };
        while (!p.AtEnd && p.Peek.Kind == LexKind.Or)
        {
            var or = p.Next();
            if (p.AtEnd || p.Peek.Kind is LexKind.Close or LexKind.Or)
            {
                throw Error(or, "OR needs something to search for after it");
            }

            if (p.Peek.Kind == LexKind.Field)
            {
                throw Error(p.Peek, $"the filter {p.Peek.Text} applies to the whole query: it cannot be an OR alternative");
            }

            parts.Add(ReadAnd(p));
        }

        return Simplify(parts, all: false);
    }

    // and := unary (('AND')? unary)*, stopping before OR, ')' or a filter.
    private static QueryNode? ReadAnd(Reader p)
    {
        var parts = new List<QueryNode?>();
        while (!p.AtEnd && p.Peek.Kind is not (LexKind.Or or LexKind.Close or LexKind.Field))
        {
            if (p.Peek.Kind == LexKind.And)
            {
                var and = p.Next();
                if (parts.Count == 0 || p.AtEnd || p.Peek.Kind is LexKind.Or or LexKind.Close or LexKind.And)
                {
                    throw Error(and, "AND needs something to search for on both sides");
                }

                continue;
            }

            parts.Add(ReadUnary(p));
        }

        return Simplify(parts, all: true);
    }

    private static QueryNode? ReadUnary(Reader p)
    {
        var lexeme = p.Next();
        switch (lexeme.Kind)
        {
            case LexKind.Not:
                if (p.AtEnd || p.Peek.Kind is LexKind.Or or LexKind.Close or LexKind.And or LexKind.Field)
                {
                    throw Error(lexeme, "NOT needs something to search for after it");
                }

                if (p.Peek.Kind == LexKind.Not)
                {
                    throw Error(p.Peek, "NOT NOT: write the words themselves");
                }

                return ReadUnary(p) is { } inner ? new Not(inner) : null;
            case LexKind.Open:
                if (++p.Groups > DeepestGroups)
                {
                    throw Error(lexeme, $"parentheses nested more than {DeepestGroups} deep");
                }

                var inside = ReadOr(p);
                p.Groups--;
                if (p.AtEnd)
                {
                    throw Error(lexeme, "'(' is never closed");
                }

                if (p.Peek.Kind == LexKind.Field)
                {
                    throw Error(p.Peek, $"the filter {p.Peek.Text} applies to the whole query: put it outside parentheses");
                }

                p.Next();
                return inside;
            case LexKind.Word:
                var tokens = SearchTokens.Of(lexeme.Text);
                if (tokens.Find(t => Encoding.UTF8.GetByteCount(t) > LongestWordBytes) is { } tooLong)
                {
                    throw Error(lexeme, string.Create(CultureInfo.InvariantCulture, $"a word of {tooLong.Length:N0} characters is too long to search for: no indexed word is longer than {LongestWordBytes:N0} bytes"));
                }

                return tokens.Count == 0 ? null : new Words(tokens, lexeme.Prefix);
            default:
                throw Error(lexeme, $"unexpected {lexeme.Text}");
        }
    }

    private static QueryNode? Simplify(IEnumerable<QueryNode?> parts, bool all)
    {
        var list = parts.OfType<QueryNode>().ToList();
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => all ? new All(list) : new Any(list),
        };
    }

    // Every engine can subtract only from something that matches: NOT is a part of an AND that has
    // a positive part (FTS5 has no unary NOT, and a query of only exclusions would list everything).
    private static void CheckNegation(QueryNode node, bool allowedHere = false)
    {
        switch (node)
        {
            case Not when !allowedHere:
                throw new SearchQueryException("NOT must narrow something: write it after words to search for (a NOT b), not alone or as an OR alternative");
            case Not n:
                CheckNegation(n.Inner);
                break;
            case All a:
                if (a.Parts.All(x => x is Not))
                {
                    throw new SearchQueryException("NOT must narrow something: write it after words to search for (a NOT b), not alone");
                }

                foreach (var x in a.Parts)
                {
                    CheckNegation(x, allowedHere: true);
                }

                break;
            case Any o:
                foreach (var x in o.Parts)
                {
                    CheckNegation(x);
                }

                break;
        }
    }

    private static SearchFilters Apply(SearchFilters f, Lexeme field)
    {
        var colon = field.Text.IndexOf(':', StringComparison.Ordinal);
        var name = field.Text[..colon].ToLowerInvariant();
        var value = field.Text[(colon + 1)..];
        if (value.Length == 0)
        {
            throw Error(field, $"{name}: needs a value");
        }

        SearchFilters Once(bool isSet, SearchFilters next) =>
            isSet ? throw Error(field, $"{name}: is given twice") : next;

        return name switch
        {
            "court" => Once(f.Court is not null, f with { Court = new CourtId(value) }),
            "kind" => Once(f.Kind is not null, f with { Kind = Kebab.TryParse<CaseKind>(value, out var k) ? k : throw Error(field, $"kind: unknown value \"{value}\"; accepted: {string.Join(", ", Kebab.Names<CaseKind>())}") }),
            "fact" => Once(f.Fact is not null, f with { Fact = ParseFact(value) ?? throw Error(field, $"fact: unknown value \"{value}\"; accepted: {string.Join(", ", FactNames)}") }),
            "party" => Once(f.Party is not null, f with { Party = new PartyId(value) }),
            "judge" => Once(f.Judge is not null, f with { Judge = new JudgeId(value) }),
            "from" => Once(f.From is not null, f with { From = ParseDate(value) ?? throw Error(field, $"from: \"{value}\" is not a date (YYYY-MM-DD)") }),
            _ => Once(f.To is not null, f with { To = ParseDate(value) ?? throw Error(field, $"to: \"{value}\" is not a date (YYYY-MM-DD)") }),
        };
    }

    /// <summary>The names <c>fact:</c> accepts (kebab case: <c>docket-entry</c>).</summary>
    public static IEnumerable<string> FactNames => SearchFilters.Searchable.Select(k => Kebab.Name(k));

    /// <summary>A searchable fact kind by its kebab name, or null.</summary>
    public static FactKind? ParseFact(string name) =>
        SearchFilters.Searchable.Cast<FactKind?>().FirstOrDefault(k => string.Equals(Kebab.Name(k!.Value), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>An ISO day (YYYY-MM-DD), or null.</summary>
    public static LocalDate? ParseDate(string text) =>
        LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : null;

    private static SearchQueryException Error(Lexeme at, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"query, character {at.Position + 1}: {what}"));

    private enum LexKind
    {
        Word,
        Field,
        And,
        Or,
        Not,
        Open,
        Close,
    }

    private sealed record Lexeme(LexKind Kind, string Text, int Position, bool Prefix = false);

    private static List<Lexeme> Lex(string text)
    {
        var list = new List<Lexeme>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else if (c == '(')
            {
                list.Add(new(LexKind.Open, "(", i++));
            }
            else if (c == ')')
            {
                list.Add(new(LexKind.Close, ")", i++));
            }
            else if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0)
                {
                    throw Error(new(LexKind.Word, "\"", i), "'\"' is never closed (a phrase is written \"like this\")");
                }

                var prefix = end + 1 < text.Length && text[end + 1] == '*';
                list.Add(new(LexKind.Word, text[(i + 1)..end], i, prefix));
                i = end + 1 + (prefix ? 1 : 0);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]) && text[i] is not ('(' or ')' or '"'))
                {
                    i++;
                }

                var word = text[start..i];
                list.Add(Classify(word, start, text, ref i));
            }
        }

        return list;
    }

    private static Lexeme Classify(string word, int start, string text, ref int i)
    {
        switch (word)
        {
            case "AND": return new(LexKind.And, word, start);
            case "OR": return new(LexKind.Or, word, start);
            case "NOT": return new(LexKind.Not, word, start);
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Fields.Contains(word[..colon].ToLowerInvariant()))
        {
            // A quoted value: party:"some id".
            if (colon == word.Length - 1 && i < text.Length && text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0)
                {
                    throw Error(new(LexKind.Field, word, i), "'\"' is never closed");
                }

                var value = text[(i + 1)..end];
                i = end + 1;
                return new(LexKind.Field, word + value, start);
            }

            return new(LexKind.Field, word, start);
        }

        var prefix = word.EndsWith('*');
        return new(LexKind.Word, prefix ? word.TrimEnd('*') : word, start, prefix);
    }

    private sealed class Reader(List<Lexeme> lexemes)
    {
        private int _at;

        public bool AtEnd => _at >= lexemes.Count;

        public Lexeme Peek => lexemes[_at];

        public Lexeme Next() => lexemes[_at++];

        /// <summary>How many parentheses the reader is inside.</summary>
        public int Groups { get; set; }
    }
}
