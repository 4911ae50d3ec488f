using Clerk.Domain;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Tests.Search;

/// <summary>After a bulk load the store tidies itself for reading (<see cref="ClerkStore.AfterBulkLoad"/>) and finds the same.</summary>
public class Tidying_after_a_bulk_load
{
    // Three writes, each its own transaction: FTS5 writes each transaction's terms as a segment of its own.
    private static ClerkStore Written(TempDatabase db)
    {
        var store = db.Open().WithDemo();
        foreach (var name in new[] { "Zebulon", "Quimby", "Xavier" })
        {
            store.Save(new Source(new SourceId("news:" + name.ToLowerInvariant()), SourceKind.NewsReport, "AP", name + " testifies", null, null, name + " took the stand."));
        }

        return store;
    }

    private static long Scalar(ClerkStore store, string sql)
    {
        using var command = store.Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void On_SQLite_the_index_becomes_one_segment_and_finds_the_same()
    {
        using var db = new TempDatabase(Db.Sqlite);
        using var store = Written(db);
        const string Segments = "SELECT count(DISTINCT segid) FROM \"SearchIndex_idx\"";
        Assert.True(Scalar(store, Segments) > 1, "each write should have left a segment of its own");
        var before = store.Find("baldwin OR zebulon OR quimby OR took").Set();

        store.AfterBulkLoad();

        Assert.Equal(1, Scalar(store, Segments));
        Assert.Equal(before, store.Find("baldwin OR zebulon OR quimby OR took").Set());
        Assert.Empty(store.Search.Check());
    }

    [Fact]
    public void On_PostgreSQL_the_planner_s_statistics_are_taken_afresh()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = Written(db);

        store.AfterBulkLoad();

        Assert.Equal(1, Scalar(store, "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'SearchDocs' AND last_analyze IS NOT NULL"));
        Assert.Single(store.Find("zebulon").Hits);
    }
}
