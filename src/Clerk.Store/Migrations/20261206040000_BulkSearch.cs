using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations
{
    /// <summary>
    /// The search documents of a case new to a transaction are made at its commit, one statement per
    /// kind, instead of by a trigger per row (see <see cref="SqliteSearchSchema.DeferCases"/>). Outside
    /// EF's model, which does not change, so it has no target model of its own (no Designer file).
    /// </summary>
    [DbContext(typeof(ClerkDbContext))]
    [Migration("20261206040000_BulkSearch")]
    public partial class BulkSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.DeferCases());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SqliteSearchSchema.UndeferCases());
    }
}
