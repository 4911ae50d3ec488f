using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations
{
    /// <summary>
    /// Search documents are numbered from the newest up and the index is rebuilt (see
    /// <see cref="SqliteSearchSchema.CountDown"/>): a newest-first search reads FTS5's index forwards,
    /// its fast direction. Outside EF's model, which does not change.
    /// </summary>
    public partial class NewestFirstSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.CountDown());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.CountUp());
    }
}
