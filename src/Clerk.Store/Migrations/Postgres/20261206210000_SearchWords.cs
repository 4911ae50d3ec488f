using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <summary>
    /// The words the search index holds, kept beside it, so that a prefix is searched as the words it
    /// begins (see <see cref="PostgresSearchSchema.Words"/>). Outside EF's model, which does not
    /// change, so it has no target model of its own (no Designer file).
    /// </summary>
    [DbContext(typeof(Clerk.Store.Providers.PostgresDbContext))]
    [Migration("20261206210000_SearchWords")]
    public partial class SearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.Words());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.Unwords());
    }
}
