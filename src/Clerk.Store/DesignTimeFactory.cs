using Microsoft.EntityFrameworkCore.Design;

namespace Clerk.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without running the CLI.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ClerkDbContext>
{
    public ClerkDbContext CreateDbContext(string[] args) =>
        new(StoreOptions.ContextOptions(new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:")));
}
