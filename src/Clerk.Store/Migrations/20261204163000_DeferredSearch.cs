using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations
{
    /// <summary>
    /// New search documents are queued and indexed once per transaction, just before it commits,
    /// instead of row by row (see <see cref="SqliteSearchSchema"/>): a bulk load no longer spends half
    /// its time merging FTS5 segments of a few rows each. Outside EF's model, which does not change.
    /// </summary>
    public partial class DeferredSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.Defer());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.Undefer());
    }
}
