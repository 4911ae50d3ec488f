using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Tests;

public class MigrationTests
{
    [Fact]
    public void Opening_an_empty_file_creates_the_schema_from_migrations()
    {
        using var db = new TempDatabase();
        File.WriteAllBytes(db.Path, []);
        using (var store = db.Open())
        {
            Assert.Empty(store.Db.Database.GetPendingMigrations());
        }

        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
        var migrations = new List<string>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                migrations.Add(reader.GetString(0));
            }
        }

        Assert.Contains(migrations, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('Cases', 'Motions', 'Charges', 'Citations', 'Entries')";
        Assert.Equal(5L, (long)cmd.ExecuteScalar()!);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Opening_a_current_database_again_applies_nothing_and_keeps_its_data(Db kind)
    {
        using var db = new TempDatabase(kind);
        using (var store = db.Open())
        {
            store.Save(StoreSamples.Matter());
        }

        using var again = db.Open();
        Assert.Empty(again.Db.Database.GetPendingMigrations());
        Assert.Equal(2, again.Db.Cases.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void The_migrations_describe_the_current_model(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        Assert.Equal(kind == Db.Postgres, store.Db is Providers.PostgresDbContext);
        Assert.False(store.Db.Database.HasPendingModelChanges(), $"The model changed without a {kind} migration: run scripts/add-migration NAME");
    }

    [Fact]
    public void A_new_PostgreSQL_database_gets_the_schema_from_its_own_migrations()
    {
        using var db = new TempDatabase(Db.Postgres);
        using (var store = db.Open())
        {
            Assert.Empty(store.Db.Database.GetPendingMigrations());
        }

        using var connection = new Npgsql.NpgsqlConnection(db.Name);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1";
        var migrations = new List<string>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                migrations.Add(reader.GetString(0));
            }
        }

        Assert.Equal(ClerkStore.KnownPostgresMigrations, migrations);
        cmd.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('Cases', 'Motions', 'Charges', 'Citations', 'Entries')";
        Assert.Equal(5L, (long)cmd.ExecuteScalar()!);
        cmd.CommandText = "SELECT data_type FROM information_schema.columns WHERE table_name = 'Entries' AND column_name = 'DateFiled'";
        Assert.Equal("date", (string)cmd.ExecuteScalar()!);
    }
}

public class A_database_from_a_newer_Clerk
{
    [Fact]
    public void Is_refused_naming_the_file_and_both_versions_and_is_left_untouched()
    {
        using var db = new TempDatabase();
        using (var store = db.Open())
        {
            store.Save(StoreSamples.Matter());
        }

        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0'); PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(db.Path);
        var e = Assert.Throws<StoreException>(() => ClerkStore.Open(new StoreOptions(db.Path)));
        Assert.Equal(db.Path, e.Path);
        Assert.Contains("29991231000000_FromTheFuture", e.Message, StringComparison.Ordinal);
        Assert.Contains(ClerkStore.KnownMigrations[^1], e.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(db.Path));
        Assert.Empty(Directory.GetFiles(db.Dir, "*.before-*"));
    }

    [Fact]
    public void A_PostgreSQL_database_from_a_newer_Clerk_is_refused_and_left_untouched()
    {
        using var db = new TempDatabase(Db.Postgres);
        using (var store = db.Open())
        {
            store.Save(StoreSamples.Matter());
        }

        using var connection = new Npgsql.NpgsqlConnection(db.Name);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')";
        cmd.ExecuteNonQuery();
        var e = Assert.Throws<StoreException>(() => db.Open());
        Assert.Contains("29991231000000_FromTheFuture", e.Message, StringComparison.Ordinal);
        Assert.Contains(ClerkStore.KnownPostgresMigrations[^1], e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", e.Path, StringComparison.OrdinalIgnoreCase);
        cmd.CommandText = "SELECT count(*) FROM \"Cases\"";
        Assert.Equal(2L, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void A_missing_PostgreSQL_database_is_an_error_for_a_read_and_made_for_a_write()
    {
        var name = "clerk_test_missing_" + Guid.NewGuid().ToString("N")[..12];
        var options = StoreOptions.Named(new Npgsql.NpgsqlConnectionStringBuilder(TempDatabase.Server) { Database = name }.ConnectionString);
        var e = Assert.Throws<StoreException>(() => ClerkStore.Open(options, create: false));
        Assert.Contains("no such database", e.Message, StringComparison.Ordinal);
        Assert.Contains(name, e.Path, StringComparison.Ordinal);
        try
        {
            using var store = ClerkStore.Open(options, create: true);
            Assert.Empty(store.Db.Cases);
        }
        finally
        {
            TempDatabase.Run($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_an_error_naming_it()
    {
        using var db = new TempDatabase();
        File.WriteAllText(db.Path, "not a database, just notes\n");
        var e = Assert.Throws<StoreException>(() => ClerkStore.Open(new StoreOptions(db.Path), create: false));
        Assert.Equal(db.Path, e.Path);
        Assert.Equal("not a database, just notes\n", File.ReadAllText(db.Path));
    }
}

public class The_migrations_this_build_knows
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Are_the_ones_EF_finds_in_the_assembly_in_order(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        Assert.Equal(store.Db.Database.GetMigrations(), kind == Db.Postgres ? ClerkStore.KnownPostgresMigrations : ClerkStore.KnownMigrations);
    }
}
