using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Tests;

/// <summary>A docket or matter file with more parties than SQLite has parameters for one statement (32,766).</summary>
public class ManyPartiesTests
{
    private static readonly CaseId Case = new("nmd:1:23-cv-09999");

    private static Matter WithParties(int count, string sourceId)
    {
        var source = new Source(new SourceId(sourceId), SourceKind.CourtRecord, "PACER", "many parties", null, null, null);
        var parties = Enumerable.Range(0, count).Select(i => new Party(new PartyId($"{Case}/claimant-{i}"), $"Claimant {i}", PartyKind.Person, null)).ToList();
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(new CourtId("nmd"), "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(Case, new CourtId("nmd"), "1:23-cv-09999", "In re Mass Tort", CaseKind.Civil, CaseStatus.Open, null, null, null)],
            Parties = parties,
            Participations = [.. parties.Select(p => new Participation(Case, p.Id, PartyRole.Plaintiff, "Plaintiff", null))],
            Entries = [new DocketEntry(Case, 1, "1", new LocalDate(2023, 1, 3), null, "COMPLAINT")],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_docket_with_40000_parties_imports_and_reads_back(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.ImportDocket(WithParties(40_000, "r1"), Case);
        Assert.Equal(40_000, store.Db.Participations.Count());
        Assert.Equal(40_000, store.ReadCase(Case)!.Parties.Count);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_matter_file_with_40000_parties_saves_and_saves_again_unchanged(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var matter = WithParties(40_000, "m1");
        Assert.Equal(0, store.Save(matter).Unchanged);
        var again = store.Save(matter);
        Assert.Equal((0, 0), (again.Added, again.Updated));
    }
}
