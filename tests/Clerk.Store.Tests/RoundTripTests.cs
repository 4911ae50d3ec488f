using Clerk.Domain;
using Clerk.Store.MatterFiles;
using NodaTime;

namespace Clerk.Store.Tests;

public class RoundTripTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Every_kind_of_fact_reads_back_from_a_real_sqlite_file_as_it_was_saved(Db kind)
    {
        using var db = new TempDatabase(kind);
        var original = StoreSamples.Matter();
        using (var store = db.Open())
        {
            var saved = store.Save(original);
            Assert.Equal(original.Facts().Count() + original.Sources.Count + original.CaseIncidents.Count + original.Citations.Count, saved.Added);
        }

        using var reopened = db.Open();
        var back = reopened.ReadCases([StoreSamples.Civil, StoreSamples.Criminal]);
        Assert.Equal(
            MatterWriter.Write(Sorted(original), MatterFormat.Yaml),
            MatterWriter.Write(Sorted(back), MatterFormat.Yaml));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Dates_and_partial_dates_round_trip_exactly(Db kind)
    {
        using var db = new TempDatabase(kind);
        using (var store = db.Open())
        {
            store.Save(StoreSamples.Matter());
        }

        using var reopened = db.Open();
        var civil = reopened.Db.Cases.Single(c => c.Id == StoreSamples.Civil);
        Assert.Equal(PartialDate.Parse("about 2023-02"), civil.Filed);
        Assert.True(civil.Filed!.Value.Approximate);
        var entry = reopened.Db.Entries.Single(e => e.Case == StoreSamples.Civil && e.Sequence == 1);
        Assert.Equal(new LocalDate(2023, 2, 14), entry.DateFiled);
        Assert.Equal(new LocalDate(2023, 2, 15), entry.DateEntered);
        var terminated = reopened.Db.Participations.Single(p => p.Party == new PartyId("d") && p.Case == StoreSamples.Civil).Terminated;
        Assert.Equal(new LocalDate(2024, 2, 29), terminated);
        var stay = reopened.Db.Motions.Single(m => m.Id == new MotionId("m1"));
        Assert.Equal(new Ruling(PartialDate.Parse("2023-08-23"), 2, new JudgeId("j")), stay.Ruling);
        var charge = reopened.Db.Charges.Single();
        Assert.Equal(ChargeStatus.DismissedWithoutPrejudice, charge.Status);
        Assert.Equal(PartialDate.Parse("2023-04"), charge.History[1].Date);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Saving_the_same_matter_twice_changes_nothing(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var first = store.Save(StoreSamples.Matter());
        var second = store.Save(StoreSamples.Matter());
        Assert.Equal(0, second.Added);
        Assert.Equal(0, second.Updated);
        Assert.Equal(first.Total, second.Unchanged);
        Assert.Equal(2, store.Db.Entries.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Saving_a_changed_fact_updates_it_in_place(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var matter = StoreSamples.Matter();
        store.Save(matter);
        var changed = matter with
        {
            Entries = [.. matter.Entries.Select(e => e.Sequence == 1 ? new DocketEntry(e.Case, 1, "1", new LocalDate(2023, 3, 1), null, "ORDER") : e)],
        };
        var result = store.Save(changed);
        Assert.Equal(1, result.Updated);
        Assert.Equal(0, result.Added);
        Assert.Equal("ORDER", store.Db.Entries.Single(e => e.Sequence == 1).Description);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_matter_file_that_puts_another_unnumbered_entry_at_a_place_replaces_the_one_stored_there(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var matter = StoreSamples.Matter();
        store.Save(matter);
        var old = matter.Entries.Single(e => e.Sequence == 2);
        var replacement = new DocketEntry(old.Case, 2, null, null, null, "Minute entry, corrected");
        var changed = matter with
        {
            Entries = [.. matter.Entries.Select(e => e.Sequence == 2 ? replacement : e)],
            Citations = [.. matter.Citations.Select(c => c.Fact == FactRef.Of(old) ? c with { Fact = FactRef.Of(replacement) } : c)],
        };
        store.Save(changed);
        var stored = store.Db.Entries.Where(e => e.Sequence == 2).ToList();
        Assert.Equal("Minute entry, corrected", Assert.Single(stored).Description);
        Assert.Equal(0, store.Db.EntryCitations.Count(c => c.EntryKey == old.Key));
        Assert.Empty(store.ReadCase(old.Case)!.Violations());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_matter_that_breaks_a_rule_writes_nothing(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var matter = StoreSamples.Matter();
        var broken = matter with { Citations = [.. matter.Citations.Where(c => c.Fact.Kind != FactKind.Claim)] };
        var e = Assert.Throws<MatterRejectedException>(() => store.Save(broken));
        Assert.Contains(e.Violations, v => v.Rule == "every fact cites a source" && v.Fact == new FactRef(FactKind.Claim, "cl"));
        Assert.Equal(0, store.Db.Cases.Count());
        Assert.Equal(0, store.Db.Sources.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Cases_are_listed_with_filters(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.Save(StoreSamples.Matter());
        Assert.Equal([StoreSamples.Criminal, StoreSamples.Civil], store.Cases(new CaseFilter()).Select(c => c.Id));
        Assert.Equal([StoreSamples.Criminal], store.Cases(new CaseFilter(Kind: CaseKind.Criminal)).Select(c => c.Id));
        Assert.Equal([StoreSamples.Civil], store.Cases(new CaseFilter(Text: "23-cv")).Select(c => c.Id));
        Assert.Equal([StoreSamples.Civil], store.Cases(new CaseFilter(Judge: new JudgeId("j"))).Select(c => c.Id));
        Assert.Empty(store.Cases(new CaseFilter(Status: CaseStatus.Stayed)));
        Assert.Equal([StoreSamples.Civil], store.Cases(new CaseFilter(Party: new PartyId("p"))).Select(c => c.Id));
        Assert.Equal([StoreSamples.Criminal, StoreSamples.Civil], store.Cases(new CaseFilter(Party: new PartyId("d"), Court: new CourtId("court"))).Select(c => c.Id));
        Assert.Empty(store.Cases(new CaseFilter(Court: new CourtId("elsewhere"))));
        Assert.Equal([StoreSamples.Criminal], store.Cases(new CaseFilter(Text: "d", Kind: CaseKind.Criminal)).Select(c => c.Id));
        Assert.Equal(store.ReadCase(StoreSamples.Civil)!.Cases.Single(c => c.Id == StoreSamples.Civil), store.Cases(new CaseFilter(Kind: CaseKind.Civil)).Single());
    }

    // The cases a search names are read a few hundred at a time: every one of them is listed, once.
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_search_naming_more_cases_than_are_read_at_once_lists_them_all(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var matter = StoreSamples.Matter();
        var src = matter.Sources[0].Id;
        var many = Enumerable.Range(1, 1203).Select(i => new Case(new CaseId($"acme-{i:D4}"), new CourtId("court"), null, $"Acme v. Doe {i}", i % 3 == 0 ? CaseKind.Criminal : CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse($"2020-01-{i % 28 + 1:D2}"), null)).ToList();
        var acme = new Party(new PartyId("acme"), "Acme Widgets", PartyKind.Organization, null);
        var roles = many.Select(c => new Participation(c.Id, acme.Id, PartyRole.Plaintiff, "Plaintiff", null)).ToList();
        store.Save(matter with
        {
            Cases = [.. matter.Cases, .. many],
            Parties = [.. matter.Parties, acme],
            Participations = [.. matter.Participations, .. roles],
            Citations = [.. matter.Citations, .. many.Select(c => new Citation(src, new FactRef(FactKind.Case, c.Id.Value), null)), .. roles.Select(r => new Citation(src, FactRef.Of(r), null)), new Citation(src, new FactRef(FactKind.Party, "acme"), null)],
        });

        var listed = store.Cases(new CaseFilter(Text: "\"acme widgets\""));
        var criminal = store.Cases(new CaseFilter(Text: "\"acme widgets\"", Kind: CaseKind.Criminal));

        Assert.Equal(many.Select(c => c.Id.Value).Order(StringComparer.Ordinal), listed.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(401, criminal.Count);
        Assert.All(criminal, c => Assert.Equal(CaseKind.Criminal, c.Kind));
    }

    // Export order follows the store's; sort both sides so the comparison is about content.
    private static Matter Sorted(Matter m) => m with
    {
        Cases = [.. m.Cases.OrderBy(c => c.Id.Value, StringComparer.Ordinal)],
        Courts = [.. m.Courts.OrderBy(c => c.Id.Value, StringComparer.Ordinal)],
        Judges = [.. m.Judges.OrderBy(c => c.Id.Value, StringComparer.Ordinal)],
        Parties = [.. m.Parties.OrderBy(c => c.Id.Value, StringComparer.Ordinal)],
        Participations = [.. m.Participations.OrderBy(p => FactRef.Of(p).Key, StringComparer.Ordinal)],
        Motions = [.. m.Motions.OrderBy(c => c.Id.Value, StringComparer.Ordinal)],
        CaseIncidents = [.. m.CaseIncidents.OrderBy(c => c.Case.Value, StringComparer.Ordinal)],
    };
}
