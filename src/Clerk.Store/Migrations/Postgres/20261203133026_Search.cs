using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <summary>
    /// The full-text index (issue 10): a tsvector per searchable fact under GIN, kept in step by
    /// triggers, and every row already stored indexed as the migration runs. Outside EF's model.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.Create());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.Drop());
    }
}
