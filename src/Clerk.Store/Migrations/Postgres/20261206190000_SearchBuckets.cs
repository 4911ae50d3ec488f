using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <summary>
    /// The search index leads with the bucket of each document's number, so that a search reads the
    /// newest documents first and stops early (see <see cref="PostgresSearchSchema.Bucket"/>). Outside
    /// EF's model, which does not change, so it has no target model of its own (no Designer file).
    /// </summary>
    [DbContext(typeof(Clerk.Store.Providers.PostgresDbContext))]
    [Migration("20261206190000_SearchBuckets")]
    public partial class SearchBuckets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.Buckets());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.Unbucket());
    }
}
