using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Tests.Search;

/// <summary>
/// SQLite ranks the documents a query matched with <see cref="Bm25"/> over their texts instead of
/// FTS5's bm25(), which counts every document holding each phrase first. Where every phrase is found
/// in fewer documents than are sampled (the demo), the two must give the same number for every document.
/// </summary>
public sealed class Ranking_as_fts5_does : IDisposable
{
    private readonly TempDatabase _db = new(Db.Sqlite);
    private readonly ClerkStore _store;

    public Ranking_as_fts5_does()
    {
        _store = _db.Open().WithDemo();
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Theory]
    [InlineData("baldwin")]
    [InlineData("\"the suit is\"")]
    [InlineData("rust baldwin")]
    [InlineData("baldwin OR hutchins")]
    [InlineData("dismiss*")]
    [InlineData("rust NOT baldwin")]
    [InlineData("\"suit is untimely\" months")]
    public async Task Every_matching_document_gets_fts5s_bm25(string text)
    {
        var (match, _) = SearchQueryParser.Parse(text);
        var bm25 = await ((SqliteSearchIndex)_store.Search).Bm25Async(match, TestContext.Current.CancellationToken);
        var connection = _store.Db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT t.\"Body\", bm25(\"SearchIndex\") FROM \"SearchIndex\" JOIN \"SearchText\" t ON t.\"Id\" = \"SearchIndex\".rowid WHERE \"SearchIndex\" MATCH @q";
        var q = command.CreateParameter();
        q.ParameterName = "@q";
        q.Value = EngineSyntax.Fts5(match);
        command.Parameters.Add(q);
        var compared = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var body = reader.IsDBNull(0) ? "" : reader.GetString(0);
                Assert.Equal(reader.GetDouble(1), bm25.Rank(body), 9);
                compared++;
            }
        }

        Assert.True(compared > 0, $"the demo should match {text}");
    }

    [Fact]
    public void A_phrase_found_fewer_times_than_sampled_is_counted_exactly()
    {
        Assert.Equal(42, Bm25.Holding(read: 42, last: 900, cap: 100, lowest: 1, highest: 1_000));
    }

    [Fact]
    public void A_phrase_found_as_often_as_sampled_is_estimated_from_how_far_its_matches_reach()
    {
        // 100 matches within the first 250 of 1,000 documents: about 400 in all (numbered up or down from the newest).
        Assert.Equal(400, Bm25.Holding(read: 100, last: 250, cap: 100, lowest: 1, highest: 1_000));
        Assert.Equal(400, Bm25.Holding(read: 100, last: -751, cap: 100, lowest: -1_000, highest: -1));
    }

    [Theory]
    [InlineData("a b c a b", "a b", 2)]
    [InlineData("a b c a b", "b a", 0)]
    [InlineData("motion motions motioned", "motion*", 3)]
    [InlineData("", "a", 0)]
    public void A_phrase_occurs_where_its_tokens_follow_each_other(string text, string phrase, int expected)
    {
        var prefix = phrase.EndsWith('*');
        var words = new Words(SearchTokens.Of(phrase.TrimEnd('*')), prefix);
        Assert.Equal(expected, Bm25.Occurrences(SearchTokens.Of(text), words));
    }
}
