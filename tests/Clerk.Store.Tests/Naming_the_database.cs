namespace Clerk.Store.Tests;

/// <summary>--db names a file or a PostgreSQL database; which one is decided by its form alone.</summary>
public class Naming_the_database
{
    [Theory]
    [InlineData("/home/me/clerk.db")]
    [InlineData("relative/clerk.db")]
    [InlineData("/tmp/host=1.db")]
    [InlineData("postgres.db")]
    public void A_path_is_an_SQLite_file(string path)
    {
        var options = new StoreOptions(path);
        Assert.False(options.IsServer);
        Assert.Null(options.ConnectionString);
        Assert.Equal(path, options.Path);
    }

    [Fact]
    public void A_URL_is_a_PostgreSQL_database_shown_without_its_password()
    {
        var options = new StoreOptions("postgres://clerk:s%40cret@db.example:6543/cases?sslmode=disable");
        Assert.True(options.IsServer);
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal(("db.example", 6543, "clerk", "s@cret", "cases"), (cs.Host, cs.Port, cs.Username, cs.Password, cs.Database));
        Assert.Equal(Npgsql.SslMode.Disable, cs.SslMode);
        Assert.Equal("postgresql://clerk@db.example:6543/cases", options.Path);
        Assert.DoesNotContain("cret", options.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_is_a_PostgreSQL_database()
    {
        var options = StoreOptions.Named("Host=127.0.0.1;Port=5433;Username=me;Password=pw;Database=clerk");
        Assert.True(options.IsServer);
        Assert.Equal("postgresql://me@127.0.0.1:5433/clerk", options.Path);
    }

    [Fact]
    public void A_URL_that_cannot_be_read_is_an_error_naming_it()
    {
        var e = Assert.Throws<StoreException>(() => new StoreOptions("postgres://"));
        Assert.Contains("postgres://USER:PASSWORD@HOST:PORT/DATABASE", e.Message, StringComparison.Ordinal);
    }
}
