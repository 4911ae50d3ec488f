using Clerk.Domain;
using Clerk.Store.Tests.Search;
using NodaTime;

namespace Clerk.Store.Tests;

/// <summary>
/// Saving a matter reads the stored versions of its docket entries and their citations, nearly all
/// of an exported case, with one query each per case rather than one per fact.
/// </summary>
public class Saving_a_large_matter
{
    private static readonly CaseId Case = new("nmd:1:24-cv-00077");

    private static Matter Exported(int entries, string wording)
    {
        var source = new Source(new SourceId("report"), SourceKind.CourtRecord, "PACER", "docket report", null, null, null);
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(new CourtId("nmd"), "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(Case, new CourtId("nmd"), "1:24-cv-00077", "Acme v. Doe", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse("2024-01-02"), null)],
            Entries = [.. Enumerable.Range(1, entries).Select(i => new DocketEntry(Case, i, $"{i}", new LocalDate(2024, 1, 2).PlusDays(i / 10), null, $"{wording} number {i}"))],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    [Fact]
    public void A_case_of_600_entries_is_saved_and_saved_again_in_a_few_dozen_commands()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();

        // The source, the court, the case, 600 entries, two citations of other facts, 600 of entries.
        var first = PostgresCommands.RunBy(db, () => store.Save(Exported(600, "ORDER")));
        var again = PostgresCommands.RunBy(db, () => Assert.Equal(new SaveResult(0, 0, 1205), store.Save(Exported(600, "ORDER"))));
        var changed = PostgresCommands.RunBy(db, () => Assert.Equal(new SaveResult(0, 600, 605), store.Save(Exported(600, "MINUTE ORDER"))));

        // One query per fact, as before, made 1,200 and more each.
        Assert.InRange(first, 1, 60);
        Assert.InRange(again, 1, 60);
        Assert.InRange(changed, 1, 60);
        Assert.Equal(600, store.Find("\"minute order\"").Total);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void An_entry_cited_twice_by_one_source_is_stored_once_as_before_the_lookup(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var matter = Exported(2, "ORDER");
        var twice = matter with { Citations = [.. matter.Citations, matter.Citations[^1]] };

        // The source, the court, the case, 2 entries, 2 citations of other facts, 2 of entries, and the
        // repeated citation found among what this save added.
        Assert.Equal(new SaveResult(9, 0, 1), store.Save(twice));
        Assert.Equal(new SaveResult(0, 0, 10), store.Save(twice));
    }
}
