namespace Clerk.Store.Migrations;

/// <summary>
/// The data half of the StableKeys migration: SQLite files made before it hold docket entries keyed
/// by place and citations keyed by composed text. Each citation is matched to its fact by the exact
/// name the old release wrote (never by splitting it), so ids containing '/' or '#' are safe; a
/// citation of a fact that no longer exists (the old schema had no foreign keys) is dropped.
/// </summary>
internal static class UpgradeSql
{
    public const string SetAside = """
        CREATE TABLE "Entries_v1" AS SELECT * FROM "Entries";
        DELETE FROM "Entries";
        CREATE TABLE "Citations_v1" AS SELECT * FROM "Citations";
        CREATE INDEX "IX_Citations_v1_Fact" ON "Citations_v1" ("Fact");
        DELETE FROM "Citations";
        """;

    public const string PutBack = """
        INSERT INTO "Entries" ("Case", "Key", "Sequence", "Number", "DateFiled", "DateEntered", "Description")
        SELECT "Case",
               clerk_entry_key("Number", "DateFiled", "Description",
                   ROW_NUMBER() OVER (PARTITION BY "Case", clerk_entry_key("Number", "DateFiled", "Description", 1) ORDER BY "Sequence")),
               "Sequence", "Number", "DateFiled", "DateEntered", "Description"
        FROM "Entries_v1";

        CREATE TEMP TABLE "Cited_v1" AS SELECT * FROM "Citations_v1" WHERE "Source" IN (SELECT "Id" FROM "Sources");
        CREATE INDEX temp."IX_Cited_v1_Fact" ON "Cited_v1" ("Fact");

        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "EntryKey")
        SELECT 'DocketEntry:' || x."Case" || '#' || x."Key", c."Source", 'DocketEntry', c."Detail", x."Case", x."Key"
        FROM "Entries" x JOIN "Cited_v1" c ON c."Fact" = 'DocketEntry:' || x."Case" || '#' || x."Sequence";

        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case")
        SELECT c."Fact", c."Source", 'Case', c."Detail", x."Id" FROM "Cases" x JOIN "Cited_v1" c ON c."Fact" = 'Case:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Court")
        SELECT c."Fact", c."Source", 'Court', c."Detail", x."Id" FROM "Courts" x JOIN "Cited_v1" c ON c."Fact" = 'Court:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Judge")
        SELECT c."Fact", c."Source", 'Judge', c."Detail", x."Id" FROM "Judges" x JOIN "Cited_v1" c ON c."Fact" = 'Judge:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Incident")
        SELECT c."Fact", c."Source", 'Incident', c."Detail", x."Id" FROM "Incidents" x JOIN "Cited_v1" c ON c."Fact" = 'Incident:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Party")
        SELECT c."Fact", c."Source", 'Party', c."Detail", x."Id" FROM "Parties" x JOIN "Cited_v1" c ON c."Fact" = 'Party:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Attorney")
        SELECT c."Fact", c."Source", 'Attorney', c."Detail", x."Id" FROM "Attorneys" x JOIN "Cited_v1" c ON c."Fact" = 'Attorney:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Motion")
        SELECT c."Fact", c."Source", 'Motion', c."Detail", x."Case", x."Id" FROM "Motions" x JOIN "Cited_v1" c ON c."Fact" = 'Motion:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Charge")
        SELECT c."Fact", c."Source", 'Charge', c."Detail", x."Case", x."Id" FROM "Charges" x JOIN "Cited_v1" c ON c."Fact" = 'Charge:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Claim")
        SELECT c."Fact", c."Source", 'Claim', c."Detail", x."Case", x."Id" FROM "Claims" x JOIN "Cited_v1" c ON c."Fact" = 'Claim:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Statement")
        SELECT c."Fact", c."Source", 'Statement', c."Detail", x."Case", x."Id" FROM "Statements" x JOIN "Cited_v1" c ON c."Fact" = 'Statement:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Question")
        SELECT c."Fact", c."Source", 'Question', c."Detail", x."Case", x."Id" FROM "Questions" x JOIN "Cited_v1" c ON c."Fact" = 'Question:' || x."Id";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "LinkKind", "LinkedCase")
        SELECT c."Fact", c."Source", 'CaseLink', c."Detail", x."From", x."Kind", x."To"
        FROM "CaseLinks" x JOIN "Cited_v1" c ON c."Fact" = 'CaseLink:' || x."From" || '/' || x."Kind" || '/' || x."To";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Party", "Role")
        SELECT c."Fact", c."Source", 'Participation', c."Detail", x."Case", x."Party", x."Role"
        FROM "Participations" x JOIN "Cited_v1" c ON c."Fact" = 'Participation:' || x."Case" || '/' || x."Party" || '/' || x."Role";
        INSERT INTO "Citations" ("Fact", "Source", "Kind", "Detail", "Case", "Attorney", "Party")
        SELECT c."Fact", c."Source", 'Counsel', c."Detail", x."Case", x."Attorney", x."Client"
        FROM "Counsel" x JOIN "Cited_v1" c ON c."Fact" = 'Counsel:' || x."Case" || '/' || x."Attorney" || '/' || x."Client";

        DROP TABLE "Cited_v1";
        DROP TABLE "Citations_v1";
        DROP TABLE "Entries_v1";
        """;
}
