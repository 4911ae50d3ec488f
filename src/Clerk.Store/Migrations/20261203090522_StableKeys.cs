using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations
{
    /// <inheritdoc />
    public partial class StableKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Release 28674ca keyed entries by their place and citations by composed text. The rows
            // are set aside, the tables rebuilt, and the rows put back with stable keys and typed
            // references (see UpgradeSql). clerk_entry_key is EntryKeys, registered on the connection.
            migrationBuilder.Sql(UpgradeSql.SetAside);

            migrationBuilder.DropPrimaryKey(
                name: "PK_Entries",
                table: "Entries");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "Entries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Attorney",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Case",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Charge",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Claim",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Court",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntryKey",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Incident",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Judge",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Citations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LinkKind",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LinkedCase",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Motion",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Party",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Question",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Statement",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_Entries",
                table: "Entries",
                columns: new[] { "Case", "Key" });

            migrationBuilder.CreateTable(
                name: "DocketReports",
                columns: table => new
                {
                    Case = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Latest = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocketReports", x => new { x.Case, x.Source });
                    table.ForeignKey(
                        name: "FK_DocketReports_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocketReports_Sources_Source",
                        column: x => x.Source,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OnBehalfOf",
                table: "Statements",
                column: "OnBehalfOf");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Case",
                table: "Questions",
                column: "Case");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_AwaitedCase",
                table: "Motions",
                column: "AwaitedCase");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_Movant",
                table: "Motions",
                column: "Movant");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_Case_Sequence",
                table: "Entries",
                columns: new[] { "Case", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Counsel_Attorney",
                table: "Counsel",
                column: "Attorney");

            migrationBuilder.CreateIndex(
                name: "IX_Counsel_Client",
                table: "Counsel",
                column: "Client");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Attorney",
                table: "Citations",
                column: "Attorney",
                filter: "\"Attorney\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Case",
                table: "Citations",
                column: "Case",
                filter: "\"Case\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Case_Attorney_Party",
                table: "Citations",
                columns: new[] { "Case", "Attorney", "Party" },
                filter: "\"Attorney\" IS NOT NULL AND \"Case\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Case_EntryKey",
                table: "Citations",
                columns: new[] { "Case", "EntryKey" },
                filter: "\"EntryKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Case_LinkKind_LinkedCase",
                table: "Citations",
                columns: new[] { "Case", "LinkKind", "LinkedCase" },
                filter: "\"LinkKind\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Case_Party_Role",
                table: "Citations",
                columns: new[] { "Case", "Party", "Role" },
                filter: "\"Role\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Charge",
                table: "Citations",
                column: "Charge",
                filter: "\"Charge\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Claim",
                table: "Citations",
                column: "Claim",
                filter: "\"Claim\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Court",
                table: "Citations",
                column: "Court",
                filter: "\"Court\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Incident",
                table: "Citations",
                column: "Incident",
                filter: "\"Incident\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Judge",
                table: "Citations",
                column: "Judge",
                filter: "\"Judge\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Motion",
                table: "Citations",
                column: "Motion",
                filter: "\"Motion\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Party",
                table: "Citations",
                column: "Party",
                filter: "\"Party\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Question",
                table: "Citations",
                column: "Question",
                filter: "\"Question\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Statement",
                table: "Citations",
                column: "Statement",
                filter: "\"Statement\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Judge",
                table: "Cases",
                column: "Judge");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_To",
                table: "CaseLinks",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_CaseIncidents_Incident",
                table: "CaseIncidents",
                column: "Incident");

            migrationBuilder.CreateIndex(
                name: "IX_DocketReports_Source",
                table: "DocketReports",
                column: "Source");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseIncidents_Cases_Case",
                table: "CaseIncidents",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseIncidents_Incidents_Incident",
                table: "CaseIncidents",
                column: "Incident",
                principalTable: "Incidents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseLinks_Cases_From",
                table: "CaseLinks",
                column: "From",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseLinks_Cases_To",
                table: "CaseLinks",
                column: "To",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Courts_Court",
                table: "Cases",
                column: "Court",
                principalTable: "Courts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Judges_Judge",
                table: "Cases",
                column: "Judge",
                principalTable: "Judges",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Charges_Cases_Case",
                table: "Charges",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Attorneys_Attorney",
                table: "Citations",
                column: "Attorney",
                principalTable: "Attorneys",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_CaseLinks_Case_LinkKind_LinkedCase",
                table: "Citations",
                columns: new[] { "Case", "LinkKind", "LinkedCase" },
                principalTable: "CaseLinks",
                principalColumns: new[] { "From", "Kind", "To" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Cases_Case",
                table: "Citations",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Charges_Charge",
                table: "Citations",
                column: "Charge",
                principalTable: "Charges",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Claims_Claim",
                table: "Citations",
                column: "Claim",
                principalTable: "Claims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Counsel_Case_Attorney_Party",
                table: "Citations",
                columns: new[] { "Case", "Attorney", "Party" },
                principalTable: "Counsel",
                principalColumns: new[] { "Case", "Attorney", "Client" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Courts_Court",
                table: "Citations",
                column: "Court",
                principalTable: "Courts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Entries_Case_EntryKey",
                table: "Citations",
                columns: new[] { "Case", "EntryKey" },
                principalTable: "Entries",
                principalColumns: new[] { "Case", "Key" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Incidents_Incident",
                table: "Citations",
                column: "Incident",
                principalTable: "Incidents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Judges_Judge",
                table: "Citations",
                column: "Judge",
                principalTable: "Judges",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Motions_Motion",
                table: "Citations",
                column: "Motion",
                principalTable: "Motions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Participations_Case_Party_Role",
                table: "Citations",
                columns: new[] { "Case", "Party", "Role" },
                principalTable: "Participations",
                principalColumns: new[] { "Case", "Party", "Role" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Parties_Party",
                table: "Citations",
                column: "Party",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Questions_Question",
                table: "Citations",
                column: "Question",
                principalTable: "Questions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Sources_Source",
                table: "Citations",
                column: "Source",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Statements_Statement",
                table: "Citations",
                column: "Statement",
                principalTable: "Statements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Cases_Case",
                table: "Claims",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Counsel_Attorneys_Attorney",
                table: "Counsel",
                column: "Attorney",
                principalTable: "Attorneys",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Counsel_Cases_Case",
                table: "Counsel",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Counsel_Parties_Client",
                table: "Counsel",
                column: "Client",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Entries_Cases_Case",
                table: "Entries",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Motions_Cases_AwaitedCase",
                table: "Motions",
                column: "AwaitedCase",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Motions_Cases_Case",
                table: "Motions",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Motions_Parties_Movant",
                table: "Motions",
                column: "Movant",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Participations_Cases_Case",
                table: "Participations",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Participations_Parties_Party",
                table: "Participations",
                column: "Party",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Questions_Cases_Case",
                table: "Questions",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Statements_Cases_Case",
                table: "Statements",
                column: "Case",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Statements_Parties_OnBehalfOf",
                table: "Statements",
                column: "OnBehalfOf",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(UpgradeSql.PutBack);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            throw new NotSupportedException("A database cannot be taken back before stable keys: restore the copy made before upgrading.");
        }
    }
}
