using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompactEntryCitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EntryCitations",
                columns: table => new
                {
                    Case = table.Column<string>(type: "text", nullable: false),
                    EntryKey = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryCitations", x => new { x.Case, x.EntryKey, x.Source });
                    table.ForeignKey(
                        name: "FK_EntryCitations_Entries_Case_EntryKey",
                        columns: x => new { x.Case, x.EntryKey },
                        principalTable: "Entries",
                        principalColumns: new[] { "Case", "Key" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntryCitations_Sources_Source",
                        column: x => x.Source,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntryCitations_Source",
                table: "EntryCitations",
                column: "Source");

            // A docket entry's citations move to their own table before the column that named the entry goes.
            migrationBuilder.Sql("""
                INSERT INTO "EntryCitations" ("Case", "EntryKey", "Source", "Detail")
                SELECT "Case", "EntryKey", "Source", "Detail" FROM "Citations" WHERE "Kind" = 'DocketEntry' AND "EntryKey" IS NOT NULL;
                DELETE FROM "Citations" WHERE "Kind" = 'DocketEntry';
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Entries_Case_EntryKey",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_Case_EntryKey",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "EntryKey",
                table: "Citations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EntryKey",
                table: "Citations",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Case_EntryKey",
                table: "Citations",
                columns: new[] { "Case", "EntryKey" },
                filter: "\"EntryKey\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Entries_Case_EntryKey",
                table: "Citations",
                columns: new[] { "Case", "EntryKey" },
                principalTable: "Entries",
                principalColumns: new[] { "Case", "Key" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.Sql("""
                INSERT INTO "Citations" ("Source", "Fact", "Kind", "Detail", "Case", "EntryKey")
                SELECT "Source", 'DocketEntry:' || "Case" || '#' || "EntryKey", 'DocketEntry', "Detail", "Case", "EntryKey" FROM "EntryCitations";
                """);

            migrationBuilder.DropTable(
                name: "EntryCitations");
        }
    }
}
