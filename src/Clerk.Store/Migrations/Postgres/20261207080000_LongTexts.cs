using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <summary>
    /// Indexes at most <see cref="PostgresSearchSchema.IndexedCharactersAtMost"/> characters of a
    /// fact's text, so that no text is too long for its <c>tsvector</c> and fails the write that stores
    /// it (see <see cref="PostgresSearchSchema.CutLongTexts"/>). Outside EF's model, which does not
    /// change, so it has no target model of its own (no Designer file).
    /// </summary>
    [DbContext(typeof(Clerk.Store.Providers.PostgresDbContext))]
    [Migration("20261207080000_LongTexts")]
    public partial class LongTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.CutLongTexts());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSearchSchema.KeepLongTexts());
    }
}
