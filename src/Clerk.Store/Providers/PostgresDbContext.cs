using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Providers;

/// <summary>
/// The same model as <see cref="ClerkDbContext"/>; a type of its own only so that EF Core keeps
/// PostgreSQL's migrations (in <c>Migrations/Postgres</c>) apart from SQLite's, which belong to
/// <see cref="ClerkDbContext"/> since the first release.
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : ClerkDbContext(options);
