using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DataVersion",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataVersion");
        }
    }
}
