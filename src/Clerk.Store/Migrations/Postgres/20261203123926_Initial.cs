using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clerk.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Attorneys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Contact = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attorneys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Courts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Jurisdiction = table.Column<string>(type: "text", nullable: false),
                    TimeZone = table.Column<string>(type: "text", nullable: false),
                    RuleSet = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    What = table.Column<string>(type: "text", nullable: false),
                    Where = table.Column<string>(type: "text", nullable: false),
                    When = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Judges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Judges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Parties",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Publisher = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Locator = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Court = table.Column<string>(type: "text", nullable: false),
                    DocketNumber = table.Column<string>(type: "text", nullable: true),
                    Caption = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Judge = table.Column<string>(type: "text", nullable: true),
                    Filed = table.Column<string>(type: "text", nullable: true),
                    Terminated = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Courts_Court",
                        column: x => x.Court,
                        principalTable: "Courts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Judges_Judge",
                        column: x => x.Judge,
                        principalTable: "Judges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseIncidents",
                columns: table => new
                {
                    Case = table.Column<string>(type: "text", nullable: false),
                    Incident = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseIncidents", x => new { x.Case, x.Incident });
                    table.ForeignKey(
                        name: "FK_CaseIncidents_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseIncidents_Incidents_Incident",
                        column: x => x.Incident,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    From = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    To = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => new { x.From, x.Kind, x.To });
                    table.ForeignKey(
                        name: "FK_CaseLinks_Cases_From",
                        column: x => x.From,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseLinks_Cases_To",
                        column: x => x.To,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Case = table.Column<string>(type: "text", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: true),
                    Statute = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Case = table.Column<string>(type: "text", nullable: false),
                    CauseOfAction = table.Column<string>(type: "text", nullable: false),
                    LimitationKind = table.Column<string>(type: "text", nullable: true),
                    Accrued = table.Column<string>(type: "text", nullable: true),
                    Claimants = table.Column<string>(type: "text", nullable: false),
                    Against = table.Column<string>(type: "text", nullable: false),
                    Allegations = table.Column<string>(type: "text", nullable: false),
                    Damages = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Counsel",
                columns: table => new
                {
                    Case = table.Column<string>(type: "text", nullable: false),
                    Attorney = table.Column<string>(type: "text", nullable: false),
                    Client = table.Column<string>(type: "text", nullable: false),
                    Roles = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counsel", x => new { x.Case, x.Attorney, x.Client });
                    table.ForeignKey(
                        name: "FK_Counsel_Attorneys_Attorney",
                        column: x => x.Attorney,
                        principalTable: "Attorneys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Counsel_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Counsel_Parties_Client",
                        column: x => x.Client,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocketReports",
                columns: table => new
                {
                    Case = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Latest = table.Column<DateOnly>(type: "date", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Entries",
                columns: table => new
                {
                    Case = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "text", nullable: true),
                    DateFiled = table.Column<DateOnly>(type: "date", nullable: true),
                    DateEntered = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entries", x => new { x.Case, x.Key });
                    table.ForeignKey(
                        name: "FK_Entries_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Motions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Case = table.Column<string>(type: "text", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Movant = table.Column<string>(type: "text", nullable: false),
                    Relief = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Filed = table.Column<string>(type: "text", nullable: true),
                    Ruling = table.Column<string>(type: "text", nullable: true),
                    AwaitedCase = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Motions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Motions_Cases_AwaitedCase",
                        column: x => x.AwaitedCase,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Motions_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Motions_Parties_Movant",
                        column: x => x.Movant,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Participations",
                columns: table => new
                {
                    Case = table.Column<string>(type: "text", nullable: false),
                    Party = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    RoleText = table.Column<string>(type: "text", nullable: false),
                    Terminated = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participations", x => new { x.Case, x.Party, x.Role });
                    table.ForeignKey(
                        name: "FK_Participations_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Participations_Parties_Party",
                        column: x => x.Party,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Case = table.Column<string>(type: "text", nullable: true),
                    Question = table.Column<string>(type: "text", nullable: false),
                    AsOf = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Case = table.Column<string>(type: "text", nullable: true),
                    Speaker = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    OnBehalfOf = table.Column<string>(type: "text", nullable: true),
                    Date = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Topic = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Statements_Parties_OnBehalfOf",
                        column: x => x.OnBehalfOf,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Citations",
                columns: table => new
                {
                    Fact = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: true),
                    Case = table.Column<string>(type: "text", nullable: true),
                    EntryKey = table.Column<string>(type: "text", nullable: true),
                    Party = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<string>(type: "text", nullable: true),
                    Attorney = table.Column<string>(type: "text", nullable: true),
                    Motion = table.Column<string>(type: "text", nullable: true),
                    Charge = table.Column<string>(type: "text", nullable: true),
                    Claim = table.Column<string>(type: "text", nullable: true),
                    Statement = table.Column<string>(type: "text", nullable: true),
                    Question = table.Column<string>(type: "text", nullable: true),
                    Court = table.Column<string>(type: "text", nullable: true),
                    Judge = table.Column<string>(type: "text", nullable: true),
                    Incident = table.Column<string>(type: "text", nullable: true),
                    LinkKind = table.Column<string>(type: "text", nullable: true),
                    LinkedCase = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => new { x.Fact, x.Source });
                    table.ForeignKey(
                        name: "FK_Citations_Attorneys_Attorney",
                        column: x => x.Attorney,
                        principalTable: "Attorneys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_CaseLinks_Case_LinkKind_LinkedCase",
                        columns: x => new { x.Case, x.LinkKind, x.LinkedCase },
                        principalTable: "CaseLinks",
                        principalColumns: new[] { "From", "Kind", "To" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Cases_Case",
                        column: x => x.Case,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Charges_Charge",
                        column: x => x.Charge,
                        principalTable: "Charges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Claims_Claim",
                        column: x => x.Claim,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Counsel_Case_Attorney_Party",
                        columns: x => new { x.Case, x.Attorney, x.Party },
                        principalTable: "Counsel",
                        principalColumns: new[] { "Case", "Attorney", "Client" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Courts_Court",
                        column: x => x.Court,
                        principalTable: "Courts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Entries_Case_EntryKey",
                        columns: x => new { x.Case, x.EntryKey },
                        principalTable: "Entries",
                        principalColumns: new[] { "Case", "Key" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Incidents_Incident",
                        column: x => x.Incident,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Judges_Judge",
                        column: x => x.Judge,
                        principalTable: "Judges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Motions_Motion",
                        column: x => x.Motion,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Participations_Case_Party_Role",
                        columns: x => new { x.Case, x.Party, x.Role },
                        principalTable: "Participations",
                        principalColumns: new[] { "Case", "Party", "Role" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Parties_Party",
                        column: x => x.Party,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Questions_Question",
                        column: x => x.Question,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Sources_Source",
                        column: x => x.Source,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_Statements_Statement",
                        column: x => x.Statement,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseIncidents_Incident",
                table: "CaseIncidents",
                column: "Incident");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_To",
                table: "CaseLinks",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Court",
                table: "Cases",
                column: "Court");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DocketNumber",
                table: "Cases",
                column: "DocketNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Judge",
                table: "Cases",
                column: "Judge");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_Case",
                table: "Charges",
                column: "Case");

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
                name: "IX_Citations_Source",
                table: "Citations",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_Statement",
                table: "Citations",
                column: "Statement",
                filter: "\"Statement\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Case",
                table: "Claims",
                column: "Case");

            migrationBuilder.CreateIndex(
                name: "IX_Counsel_Attorney",
                table: "Counsel",
                column: "Attorney");

            migrationBuilder.CreateIndex(
                name: "IX_Counsel_Client",
                table: "Counsel",
                column: "Client");

            migrationBuilder.CreateIndex(
                name: "IX_DocketReports_Source",
                table: "DocketReports",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_Case_Sequence",
                table: "Entries",
                columns: new[] { "Case", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Motions_AwaitedCase",
                table: "Motions",
                column: "AwaitedCase");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_Case",
                table: "Motions",
                column: "Case");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_Movant",
                table: "Motions",
                column: "Movant");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_Party",
                table: "Participations",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Case",
                table: "Questions",
                column: "Case");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Case",
                table: "Statements",
                column: "Case");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OnBehalfOf",
                table: "Statements",
                column: "OnBehalfOf");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseIncidents");

            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "DocketReports");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Counsel");

            migrationBuilder.DropTable(
                name: "Entries");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "Motions");

            migrationBuilder.DropTable(
                name: "Participations");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Attorneys");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Parties");

            migrationBuilder.DropTable(
                name: "Courts");

            migrationBuilder.DropTable(
                name: "Judges");
        }
    }
}
