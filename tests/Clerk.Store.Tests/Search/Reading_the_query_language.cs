using Clerk.Domain;
using Clerk.Store.Search;
using NodaTime;

namespace Clerk.Store.Tests.Search;

public class Reading_the_query_language
{
    private static QueryNode Match(string text) => SearchQueryParser.Parse(text).Match;

    private static Words W(params string[] tokens) => new(tokens, false);

    [Fact]
    public void Words_side_by_side_must_all_match()
    {
        var all = Assert.IsType<All>(Match("Motion  to dismiss"));
        Assert.Equal(["motion", "to", "dismiss"], all.Parts.Select(p => Assert.IsType<Words>(p).Tokens.Single()));
    }

    [Fact]
    public void A_quoted_phrase_is_one_node_of_its_tokens_in_order()
    {
        var w = Assert.IsType<Words>(Match("\"Suit is UNTIMELY\""));
        Assert.Equal(["suit", "is", "untimely"], w.Tokens);
        Assert.False(w.Prefix);
    }

    [Fact]
    public void A_star_after_a_word_or_a_phrase_makes_its_last_token_a_prefix()
    {
        Assert.Equal(new Words(["dismiss"], true), Match("dismiss*"), WordsComparer.Instance);
        Assert.Equal(new Words(["motion", "to", "dis"], true), Match("\"motion to dis\"*"), WordsComparer.Instance);
    }

    [Fact]
    public void A_docket_number_is_a_phrase_of_its_tokens_not_a_filter()
    {
        var w = Assert.IsType<Words>(Match("3:08-cv-00284"));
        Assert.Equal(["3", "08", "cv", "00284"], w.Tokens);
    }

    [Fact]
    public void OR_binds_looser_than_AND_and_parentheses_group()
    {
        var or = Assert.IsType<Any>(Match("a b OR c"));
        Assert.IsType<All>(or.Parts[0]);
        Assert.Equal(["c"], Assert.IsType<Words>(or.Parts[1]).Tokens);

        var and = Assert.IsType<All>(Match("a AND (b OR c)"));
        Assert.IsType<Any>(and.Parts[1]);
    }

    [Fact]
    public void Lower_case_and_or_not_are_words()
    {
        var all = Assert.IsType<All>(Match("not and or"));
        Assert.Equal(3, all.Parts.Count);
    }

    [Fact]
    public void NOT_narrows_the_words_before_it()
    {
        var all = Assert.IsType<All>(Match("baldwin NOT criminal"));
        Assert.Equal(["criminal"], Assert.IsType<Words>(Assert.IsType<Not>(all.Parts[1]).Inner).Tokens);
    }

    [Fact]
    public void Filters_are_read_apart_from_the_words()
    {
        var (match, f) = SearchQueryParser.Parse("dismiss court:nmd kind:civil fact:docket-entry party:baldwin judge:biedscheid from:2023-01-01 to:2023-12-31");
        Assert.Equal(["dismiss"], Assert.IsType<Words>(match).Tokens);
        Assert.Equal(new SearchFilters(new CourtId("nmd"), CaseKind.Civil, FactKind.DocketEntry, new PartyId("baldwin"), new JudgeId("biedscheid"), new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), f);
    }

    [Theory]
    [InlineData("\"", "never closed")]
    [InlineData("*", "nothing to search for")]
    [InlineData("NEAR(", "never closed")]
    [InlineData("')--", "')' with no '('")]
    [InlineData("NOT baldwin", "NOT must narrow")]
    [InlineData("a OR NOT b", "NOT must narrow")]
    [InlineData("a OR", "OR needs")]
    [InlineData("AND a", "AND needs")]
    [InlineData("court:", "needs a value")]
    [InlineData("court:nmd", "nothing to search for")]
    [InlineData("a court:x court:y", "given twice")]
    [InlineData("kind:tort a", "accepted: civil, criminal, appeal, bankruptcy")]
    [InlineData("fact:deadline a", "accepted: case, docket-entry")]
    [InlineData("from:2023-02-30 a", "not a date")]
    [InlineData("(a court:x)", "whole query")]
    [InlineData("a OR court:x", "whole query")]
    [InlineData("a (((((((((b)))))))))", "character 11: parentheses nested more than 8 deep")]
    [InlineData("a NOT NOT b", "character 7: NOT NOT")]
    public void Hostile_or_broken_queries_are_refused_with_a_clear_message(string text, string expected)
    {
        var e = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_longer_than_PostgreSQL_indexes_is_refused_where_it_is()
    {
        var longest = new string('x', SearchQueryParser.LongestWordBytes);
        Assert.Equal(W(longest), Match(longest), WordsComparer.Instance);

        var e = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse("baldwin " + longest + "y"));
        Assert.StartsWith("query, character 9: a word of 2,048 characters is too long", e.Message, StringComparison.Ordinal);

        // Bytes, not characters: 1,024 two-byte letters are 2,048 bytes.
        Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(new string('é', 1024)));
    }

    [Fact]
    public void An_error_names_the_character_where_it_is()
    {
        var e = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse("baldwin (suit"));
        Assert.StartsWith("query, character 9:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_syntax_quotes_every_token_so_nothing_typed_is_an_operator()
    {
        var match = Match("NEAR x* \"a b\" OR c NOT d");
        Assert.Equal("(((\"near\" AND \"x\"* AND \"a b\")) OR (\"c\" NOT \"d\"))", EngineSyntax.Fts5(match));
        Assert.Equal("(((('near') & ('x':*) & ('a' <-> 'b'))) | (('c') & !('d')))", EngineSyntax.TsQuery(match));
    }

    private sealed class WordsComparer : IEqualityComparer<QueryNode>
    {
        public static readonly WordsComparer Instance = new();

        public bool Equals(QueryNode? x, QueryNode? y) =>
            x is Words a && y is Words b && a.Prefix == b.Prefix && a.Tokens.SequenceEqual(b.Tokens);

        public int GetHashCode(QueryNode obj) => 0;
    }
}
