using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Tests.Search;

/// <summary>PostgreSQL sessions get the work_mem a search of a common phrase needs to keep its bitmap exact, unless the connection string says otherwise.</summary>
public class Room_for_search_on_PostgreSQL
{
    private static string WorkMem(ClerkStore store)
    {
        using var command = store.Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SHOW work_mem";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public void A_session_has_64_MB_of_work_mem()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();
        Assert.Equal("64MB", WorkMem(store));
    }

    [Fact]
    public void A_work_mem_the_connection_string_sets_is_kept()
    {
        using var db = new TempDatabase(Db.Postgres);
        var named = new Npgsql.NpgsqlConnectionStringBuilder(db.Name) { Options = "-c work_mem=8MB" }.ConnectionString;
        using var store = ClerkStore.Open(StoreOptions.Named(named), create: true);
        Assert.Equal("8MB", WorkMem(store));
    }
}
