using Clerk.Domain;
using Clerk.Store.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Clerk.Store.Tests.Search;

/// <summary>Every way rows are written, changed or deleted keeps the SQLite index in step, inside the same transaction.</summary>
public class Keeping_the_index_in_step
{
    private static readonly CaseId Case = new("nmd:1:23-cv-00001");
    private static readonly SourceId Report = new("r1");

    private static Matter Docket(string complaint, params string[] defendants) => Docket(Case, complaint, defendants);

    private static Matter Docket(CaseId caseId, string complaint, params string[] defendants)
    {
        var source = new Source(caseId == Case ? Report : new SourceId("r-" + caseId.Value), SourceKind.CourtRecord, "PACER", "Docket report", null, null, null);
        var parties = defendants.Select(d => new Party(new PartyId("p-" + d.ToLowerInvariant()), d, PartyKind.Person, null)).ToList();
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(new CourtId("nmd"), "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(caseId, new CourtId("nmd"), caseId.Value["nmd:".Length..], "Acme v. Doe", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse("2023-01-03"), null)],
            Parties = parties,
            Participations = [.. parties.Select(p => new Participation(caseId, p.Id, PartyRole.Defendant, "Defendant", null))],
            Entries =
            [
                new DocketEntry(caseId, 1, "1", new LocalDate(2023, 1, 3), null, complaint),
                new DocketEntry(caseId, 2, "2", new LocalDate(2023, 2, 1), null, "ANSWER by Doe"),
            ],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void An_imported_docket_is_found_by_its_words_and_their_prefixes_and_a_newer_report_replaces_what_it_changed(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();

        // A new case: its documents (and on PostgreSQL their words, for prefixes) are made at commit.
        store.ImportDocket(Docket("COMPLAINT against Zebulon", "Zebulon", "Quimby"), Case);
        Assert.Equal([$"{Case}|DocketEntry:{Case}#n1"], store.Find("zebulon fact:docket-entry").Set());
        Assert.Equal([$"{Case}|DocketEntry:{Case}#n1"], store.Find("zebul* fact:docket-entry").Set());
        Assert.Single(store.Find("quimby").Hits);
        Assert.Single(store.Find("quim*").Hits);

        // The newer report changes entry 1's text (its trigger makes the document again) and no longer
        // lists Quimby as a party, but names Wilhelmina, a party new to every case (indexed by its trigger).
        store.ImportDocket(Docket("AMENDED COMPLAINT against Xavier", "Zebulon", "Wilhelmina"), Case);
        Assert.Empty(store.Find("zebulon fact:docket-entry").Hits);
        Assert.Empty(store.Find("zebul* fact:docket-entry").Hits);
        Assert.Equal([$"{Case}|DocketEntry:{Case}#n1"], store.Find("xavier amended").Set());
        Assert.Equal([$"{Case}|DocketEntry:{Case}#n1"], store.Find("xavi*").Set());
        Assert.Single(store.Find("wilhelm*").Hits);
        Assert.Empty(store.Find("wilhelmz*").Hits);

        // Quimby the party is kept (parties are never deleted) but is in no case now.
        Assert.Equal(["|Party:p-quimby"], store.Find("quimby").Set());
        Assert.Empty(store.Search.Check());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_prefix_finds_every_word_it_begins_however_many(Db kind)
    {
        var many = Enumerable.Range(1, 70).Select(i => $"Quoll{i}").ToArray();
        Assert.True(many.Length > PostgresSearchIndex.PrefixWordsAtMost, "beyond the words PostgreSQL writes a prefix out as");
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.Save(Docket("COMPLAINT against Quoll12", many));

        Assert.Equal(70, store.Find("quoll* fact:party").Total);
        Assert.Equal(11, store.Find("quoll1* fact:party").Total); // quoll1, quoll10 to quoll19
        Assert.Equal(["quoll70"], store.Find("quoll70* fact:party").Hits.Select(h => h.Fact.Key["p-".Length..]));
        Assert.Empty(store.Find("quoll71*").Hits);
        Assert.Empty(store.Find("quollz*").Hits);
        Assert.Single(store.Find("\"against quoll1\"* fact:docket-entry").Hits);
        Assert.Empty(store.Find("\"against quoll2\"* fact:docket-entry").Hits);
        Assert.Equal(69, store.Find("quoll* NOT quoll12* fact:party").Total);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_new_case_written_twice_in_one_batch_is_indexed_by_its_final_text(Db kind)
    {
        // A new case's documents are made when the batch commits; the second report changes the
        // case's rows before then, so its documents must be made from the rows as they end.
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var outcomes = store.ImportDockets([
            new DocketToImport(Docket("COMPLAINT against Zebulon", "Zebulon", "Quimby"), Case),
            new DocketToImport(Docket("AMENDED COMPLAINT against Xavier", "Zebulon"), Case),
        ]);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Empty(store.Find("zebulon fact:docket-entry").Hits);
        Assert.Equal([$"{Case}|DocketEntry:{Case}#n1"], store.Find("xavier amended").Set());
        Assert.Equal([$"{Case}|DocketEntry:{Case}#n2"], store.Find("answer").Set());
        Assert.Equal([$"{Case}|Case:{Case}"], store.Find("acme fact:case").Set());
        Assert.Empty(store.Search.Check());
    }

    [Fact]
    public void A_new_case_s_documents_are_numbered_below_every_earlier_one()
    {
        // The newest-first walk reads the SQLite index upwards, so a later import must be numbered lower.
        using var db = new TempDatabase();
        var later = new CaseId("nmd:1:23-cv-00002");
        using (var store = db.Open())
        {
            store.ImportDocket(Docket("COMPLAINT against Zebulon", "Zebulon"), Case);
            store.ImportDocket(Docket(later, "COMPLAINT against Zebulon", "Zebulon"), later);
            Assert.Equal(2, store.Find("zebulon fact:docket-entry").Hits.Count);
        }

        var (newest, oldest) = First(db, $"SELECT (SELECT max(\"Id\") FROM \"SearchDocs\" WHERE \"Case\" = '{later}'), (SELECT min(\"Id\") FROM \"SearchDocs\" WHERE \"Case\" = '{Case}')");
        Assert.True(long.Parse(newest, System.Globalization.CultureInfo.InvariantCulture) < long.Parse(oldest, System.Globalization.CultureInfo.InvariantCulture), $"the later case's documents go up to {newest}, the earlier's start at {oldest}");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_saved_matter_updates_facts_in_place_and_its_index_with_them(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.Save(Docket("COMPLAINT against Zebulon", "Zebulon"));
        store.Save(Docket("COMPLAINT against Yolanda", "Zebulon"));
        Assert.Empty(store.Find("zebulon fact:docket-entry").Hits);
        Assert.Single(store.Find("yolanda").Hits);
        Assert.Empty(store.Search.Check());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Deleting_a_case_takes_its_facts_out_of_the_index(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.Save(Docket("COMPLAINT against Zebulon", "Zebulon"));
        using (var tx = store.Db.Database.BeginTransaction())
        {
            BulkWrite.Delete(store.Db, store.Db.Citations.Where(c => c.Case == Case).ToList());
            BulkWrite.Delete(store.Db, store.Db.EntryCitations.Where(c => c.Case == Case).ToList());
            BulkWrite.Delete(store.Db, [store.Db.Cases.Single()]);
            tx.Commit();
        }

        Assert.Equal(["|Party:p-zebulon"], store.Find("zebulon").Set());
        Assert.Empty(store.Find("complaint").Hits);
        Assert.Empty(store.Search.Check());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_replaced_source_is_searched_by_its_new_text(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var news = new Source(new SourceId("news"), SourceKind.NewsReport, "AP", "Judge rules", new LocalDate(2023, 8, 23), null, "The judge denied the motion on Wednesday.");
        store.Save(news);
        Assert.Single(store.Find("wednesday").Hits);
        store.Save(news with { Text = "The judge denied the motion on Thursday." });
        Assert.Empty(store.Find("wednesday").Hits);
        Assert.Equal(["|Source:news"], store.Find("thursday from:2023-08-23 to:2023-08-23").Set());
        Assert.Empty(store.Search.Check());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_write_that_fails_leaves_the_index_as_it_was(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.Save(Docket("COMPLAINT against Zebulon", "Zebulon"));
        using (var tx = store.Db.Database.BeginTransaction())
        {
            BulkWrite.Update(store.Db, [new DocketEntry(Case, 1, "1", new LocalDate(2023, 1, 3), null, "COMPLAINT against Walter")]);
            Assert.Single(store.Find("walter").Hits);
            tx.Rollback();
        }

        Assert.Empty(store.Find("walter").Hits);
        Assert.Single(store.Find("zebulon fact:docket-entry").Hits);
        Assert.Empty(store.Search.Check());
    }

    [Fact]
    public void The_check_names_what_is_out_of_step_on_PostgreSQL()
    {
        using var db = new TempDatabase(Db.Postgres);
        using (var store = db.Open())
        {
            store.Save(Docket("COMPLAINT against Zebulon", "Zebulon"));
            Assert.Empty(store.Search.Check());
        }

        using (var store = db.Open())
        {
            using (var cmd = store.Db.Database.GetDbConnection().CreateCommand())
            {
                cmd.CommandText = "DELETE FROM \"SearchDocs\" WHERE \"Kind\" = 'party'; UPDATE \"SearchDocs\" SET \"Vector\" = to_tsvector('simple', 'tampered') WHERE \"Kind\" = 'case'; DROP TRIGGER \"Search_Motions_write\" ON \"Motions\"; INSERT INTO \"SearchDeferred\" VALUES ('nmd:1:23-cv-00009'); DROP INDEX \"IX_SearchDocs_Bucket_Vector\"; DELETE FROM \"SearchWords\" WHERE \"Word\" = 'zebulon';";
                cmd.ExecuteNonQuery();
            }

            var problems = store.Search.Check();
            Assert.Contains(problems, p => p.StartsWith("Parties: 1 row(s) missing from the search index, e.g. p-zebulon", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("Search_Motions_write", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("words differ from their text, e.g. case nmd:1:23-cv-00001", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("1 case(s) wait for their search documents", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("the search index's GIN index IX_SearchDocs_Bucket_Vector is missing", StringComparison.Ordinal));
            // The case's tampered words are not in SearchWords either.
            Assert.Contains(problems, p => p.StartsWith("the search index holds 2 word(s) missing from SearchWords, e.g. tampered", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_check_names_what_is_out_of_step()
    {
        using var db = new TempDatabase();
        using (var store = db.Open())
        {
            store.Save(Docket("COMPLAINT against Zebulon", "Zebulon"));
            Assert.Empty(store.Search.Check());
        }

        Run(db, "DELETE FROM \"SearchDocs\" WHERE \"Kind\" = 'party'; DROP TRIGGER \"Search_Motions_insert\"; INSERT INTO \"SearchDeferred\" VALUES ('nmd:1:23-cv-00009');");
        using (var store = db.Open())
        {
            var problems = store.Search.Check();
            Assert.Contains(problems, p => p.StartsWith("Parties: 1 row(s) missing from the search index, e.g. p-zebulon", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("Search_Motions_insert", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("FTS5", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("1 case(s) wait for their search documents", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_database_from_the_earlier_release_is_indexed_when_it_is_upgraded()
    {
        using var db = new TempDatabase();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Upgrade", "release-28674ca", "clerk.db"), db.Path);
        var (oldCase, oldText) = First(db, "SELECT \"Case\", Description FROM Entries WHERE length(Description) > 20 ORDER BY \"Case\", Sequence LIMIT 1");
        using var store = db.Open();
        Assert.Empty(store.Search.Check());
        var phrase = "\"" + string.Join(' ', SearchTokens.Of(oldText).Take(6)) + "\"";
        Assert.Contains(store.Find(phrase + " fact:docket-entry").Hits, h => h.Case == new CaseId(oldCase));
    }

    private static (string, string) First(TempDatabase db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read(), "the release fixture has no entries");
        return (r.GetString(0), r.GetString(1));
    }

    private static void Run(TempDatabase db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
