using System.Text;
using Clerk.Domain;
using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

namespace Clerk.Store.Tests.Search;

/// <summary>
/// A text of 200,000 distinct words (1.4 MB) is stored on both databases; PostgreSQL, whose vector
/// of it would pass its 1 MB limit and fail the write, searches its first 150,000 characters.
/// </summary>
public class Indexing_long_texts
{
    private static readonly CaseId Case = new("nmd:1:23-cv-00001");

    // "w0 w1 w2 …": every word distinct, so the vector holds each with its position.
    private static string Words(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append('w').Append(i).Append(' ');
        }

        return text.ToString();
    }

    // The first word that starts at or after the cut.
    private static int FirstWordPastTheCut(string text)
    {
        int at = text.IndexOf(' ', PostgresSearchSchema.IndexedCharactersAtMost - 1) + 1;
        return int.Parse(text.AsSpan(at + 1, text.IndexOf(' ', at) - at - 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Matter Docket(string text)
    {
        var source = new Source(new SourceId("r1"), SourceKind.CourtRecord, "PACER", "Docket report", null, null, null);
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(new CourtId("nmd"), "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(Case, new CourtId("nmd"), "1:23-cv-00001", "Acme v. Doe", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse("2023-01-03"), null)],
            Entries = [new DocketEntry(Case, 1, "1", new LocalDate(2023, 1, 3), null, text)],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_docket_entry_of_200000_distinct_words_is_imported_and_searched_up_to_the_cut_on_PostgreSQL(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var text = Words(200_000);
        int past = FirstWordPastTheCut(text);

        store.ImportDocket(Docket(text), Case);

        Assert.Single(store.Find("w0 fact:docket-entry").Hits);
        // The word before it may be cut in two; the one before that is whole.
        Assert.Single(store.Find($"w{past - 2} fact:docket-entry").Hits);
        Assert.Equal(kind == Db.Sqlite ? 1 : 0, store.Find($"w{past} fact:docket-entry").Hits.Count);
        Assert.Equal(kind == Db.Sqlite ? 1 : 0, store.Find("w199999 fact:docket-entry").Hits.Count);
        Assert.Empty(store.Search.Check());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_source_s_text_of_200000_distinct_words_is_saved_and_searched_up_to_the_cut_on_PostgreSQL(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var text = Words(200_000);

        // Saved alone (its document made by the trigger), then replaced by a longer text.
        store.Save(new Source(new SourceId("opinion"), SourceKind.CourtRecord, "Court", "Opinion", new LocalDate(2024, 1, 2), null, "short"));
        store.Save(new Source(new SourceId("opinion"), SourceKind.CourtRecord, "Court", "Opinion", new LocalDate(2024, 1, 2), null, text));

        Assert.Empty(store.Find("short").Hits);
        Assert.Equal(["|Source:opinion"], store.Find("w1234").Set());
        Assert.Equal(kind == Db.Sqlite ? 1 : 0, store.Find("w199999").Hits.Count);
        Assert.Empty(store.Search.Check());
    }

    [Fact]
    public void A_long_text_indexed_whole_before_the_LongTexts_migration_is_indexed_up_to_the_cut_after_it()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();
        var migrator = store.Db.GetService<IMigrator>();
        migrator.Migrate("20261206210000_SearchWords");

        // Few distinct words, so that its whole vector fits: such a text was stored before the cut.
        var text = string.Concat(Enumerable.Repeat("alpha beta ", 20_000)) + "omega";
        store.Save(new Source(new SourceId("opinion"), SourceKind.CourtRecord, "Court", "Opinion", new LocalDate(2024, 1, 2), null, text));
        store.Save(new Source(new SourceId("short"), SourceKind.CourtRecord, "Court", "Order", new LocalDate(2024, 1, 3), null, "alpha omega"));
        Assert.Equal(["|Source:opinion", "|Source:short"], store.Find("omega").Set());

        migrator.Migrate();

        Assert.Equal(["|Source:short"], store.Find("omega").Set());
        Assert.Equal(["|Source:opinion", "|Source:short"], store.Find("alpha").Set());
        Assert.Empty(store.Search.Check());
    }
}
