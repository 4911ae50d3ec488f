using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations
{
    /// <summary>
    /// The full-text index (issue 10): FTS5 over every searchable fact, kept in step by triggers, and
    /// every row already stored indexed as the migration runs. Outside EF's model: the model does not
    /// change, so this migration's snapshot is the one before it.
    /// </summary>
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.Create());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.Drop());
    }
}
