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

    [Fact]
    public void Opening_a_current_database_again_applies_nothing_and_keeps_its_data()
    {
        using var db = new TempDatabase();
        using (var store = db.Open())
        {
            store.Save(StoreSamples.Matter());
        }

        using var again = db.Open();
        Assert.Empty(again.Db.Database.GetPendingMigrations());
        Assert.Equal(2, again.Db.Cases.Count());
    }

    [Fact]
    public void The_migrations_describe_the_current_model()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        Assert.False(store.Db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add NAME --project src/Clerk.Store -o Migrations");
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
    [Fact]
    public void Are_the_ones_EF_finds_in_the_assembly_in_order()
    {
        using var db = new TempDatabase();
        using var store = db.Open();
        Assert.Equal(store.Db.Database.GetMigrations(), ClerkStore.KnownMigrations);
    }
}
