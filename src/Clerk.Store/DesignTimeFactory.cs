using Clerk.Store.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Clerk.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build SQLite's model without running the CLI (scripts/add-migration).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ClerkDbContext>
{
    public ClerkDbContext CreateDbContext(string[] args) =>
        new(SqliteProvider.ContextOptions(new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:")));
}

/// <summary>The same for PostgreSQL's model; no server is contacted to add a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=clerk_design", o => o.UseNodaTime()).Options);
}
