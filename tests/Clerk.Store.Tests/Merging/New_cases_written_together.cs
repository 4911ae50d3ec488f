using Clerk.Domain;
using Clerk.Store.MatterFiles;
using Clerk.Store.Tests.Search;
using NodaTime;

namespace Clerk.Store.Tests.Merging;

/// <summary>
/// Dockets of new cases in one batch are written together, each table's rows for all of them in the
/// same statements; what is stored is what writing them one by one stores, and a docket that fails
/// still fails alone.
/// </summary>
public class New_cases_written_together
{
    private static readonly CourtId Nmd = new("nmd");

    /// <summary>
    /// A report of case <paramref name="n"/>: its own parties, a company that every case names (its
    /// name as the report gives it), <paramref name="entries"/> entries, every fact cited to the report.
    /// </summary>
    private static Matter Report(int n, int entries, string company = "Acme Holdings", string? charge = null)
    {
        var caseId = new CaseId($"nmd:1:24-cv-{n:00000}");
        var source = new Source(new SourceId($"pacer:{caseId}"), SourceKind.CourtRecord, "PACER", "docket report", null, null, null);
        var keys = new EntryKeys.Counter();
        var parties = new List<Party>
        {
            new(new PartyId("nmd/acme"), company, PartyKind.Organization, null),
            new(new PartyId($"{caseId}/doe"), $"Jordan Doe {n}", PartyKind.Person, null),
        };
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(Nmd, "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(caseId, Nmd, caseId.Value[4..], $"{company} v. Doe {n}", charge is null ? CaseKind.Civil : CaseKind.Criminal, CaseStatus.Open, null, PartialDate.Parse("2024-01-02"), null)],
            Parties = parties,
            Participations =
            [
                new Participation(caseId, parties[0].Id, PartyRole.Plaintiff, "Plaintiff", null),
                new Participation(caseId, parties[1].Id, PartyRole.Defendant, "Defendant", null),
            ],
            Charges = charge is null ? [] : [new Charge(new ChargeId("c1"), caseId, 1, null, charge, [new(ChargeStatus.Filed, null, null)])],
            Entries = [.. Enumerable.Range(1, entries).Select(i =>
            {
                var filed = new LocalDate(2024, 1, 2).PlusDays(i / 3);
                var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var text = $"ORDER {i} granting the motion of Doe {n}";
                return new DocketEntry(caseId, i, number, filed, filed, text, keys.Next(caseId, number, filed, text));
            })],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    // The report with the other's case listed too, as the case it is an appeal of.
    private static Matter Linked(Matter report, Matter other)
    {
        var (from, to) = (report.Cases[0], other.Cases[0]);
        var link = new CaseLink(from.Id, CaseLinkKind.AppealOf, to.Id);
        var source = report.Sources[0].Id;
        return report with
        {
            Cases = [from, to],
            CaseLinks = [link],
            Citations = [.. report.Citations, new Citation(source, new FactRef(FactKind.Case, to.Id.Value), null), new Citation(source, FactRef.Of(link), null)],
        };
    }

    private static DocketToImport Checked(Matter report) => DocketToImport.Checked(report, report.Cases[0].Id);

    // Every case stored, as a matter file, and the hits of a few searches: what a user can see.
    private static (string Cases, List<string> Hits) Seen(ClerkStore store)
    {
        var ids = store.Db.Cases.Select(c => c.Id).ToList().OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        var matter = store.ReadCasesAsync(ids, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        List<string> hits = [.. new[] { "granting", "\"Acme Industries\"", "jordan", "cv-00007" }.SelectMany(q => store.Find(q).Set().Select(h => $"{q}: {h}"))];
        return (MatterWriter.Write(matter, MatterFormat.Yaml), hits);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_batch_of_new_cases_stores_what_importing_them_one_by_one_stores(Db kind)
    {
        // Twelve cases naming one company, whose name a later report gives otherwise, and one case
        // given twice in the batch: its second report merges into what the first wrote.
        // And a report that lists another case (an appeal of case 10), before that case's own report.
        List<Matter> reports = [.. Enumerable.Range(1, 12).Select(n => Report(n, entries: 5 + n, company: n < 8 ? "Acme Holdings" : "Acme Industries"))];
        reports.Insert(6, Report(3, entries: 20));
        reports[4] = Linked(reports[4], reports[10]);

        // Case 2 is stored before, from an earlier report: among new cases, it is merged on its own.
        var earlier = Report(2, entries: 3);

        using var together = new TempDatabase(kind);
        using var a = together.Open();
        a.ImportDockets([Checked(earlier)]);
        var outcomes = a.ImportDockets([.. reports.Select(Checked)]);

        using var alone = new TempDatabase(kind);
        using var b = alone.Open();
        b.ImportDockets([Checked(earlier)]);
        var one = reports.Select(r => Assert.Single(b.ImportDockets([Checked(r)]))).ToList();

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(one.Select(o => o.Result), outcomes.Select(o => o.Result));
        var (casesTogether, hitsTogether) = Seen(a);
        var (casesAlone, hitsAlone) = Seen(b);
        Assert.Equal(casesAlone, casesTogether);
        Assert.Equal(hitsAlone, hitsTogether);
        Assert.Equal("Acme Industries", a.Db.Parties.Single(p => p.Id == new PartyId("nmd/acme")).Name);
        Assert.Equal(20, a.Db.Entries.Count(e => e.Case == new CaseId("nmd:1:24-cv-00003")));
        Assert.Equal(15, a.Db.Entries.Count(e => e.Case == new CaseId("nmd:1:24-cv-00010")));
        Assert.Equal(new ImportResult(4, 0, 3, 0, true), outcomes[1].Result);
        Assert.Single(a.Db.CaseLinks);
        Assert.Contains("\"Acme Industries\": nmd:1:24-cv-00009|Case:nmd:1:24-cv-00009", hitsTogether);
        Assert.Empty(a.Search.Check());
        Assert.Empty(a.ForeignKeyProblems());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_docket_that_breaks_a_constraint_among_new_cases_is_rolled_back_alone(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        // Two cases' reports each charge "c1": each keeps the rules alone, and the database's primary
        // key refuses the second, which is written with others in one statement.
        var reports = new[] { Report(1, 4), Report(2, 4, charge: "fraud"), Report(3, 4), Report(4, 4, charge: "theft"), Report(5, 4) };

        var outcomes = store.ImportDockets([.. reports.Select(Checked)]);

        Assert.Equal([null, null, null, null, null], outcomes.Select((o, i) => i == 3 ? null : o.Error));
        Assert.IsAssignableFrom<System.Data.Common.DbException>(outcomes[3].Error);
        Assert.Equal(
            ["nmd:1:24-cv-00001", "nmd:1:24-cv-00002", "nmd:1:24-cv-00003", "nmd:1:24-cv-00005"],
            store.Db.Cases.Select(c => c.Id.Value).ToList().Order(StringComparer.Ordinal));
        Assert.Equal("fraud", store.Db.Charges.Single().Description);
        Assert.Equal(16, store.Db.Entries.Count());
        Assert.False(store.Db.Sources.Any(s => s.Id == new SourceId("pacer:nmd:1:24-cv-00004")));
        Assert.Empty(store.Search.Check());
    }

    [Fact]
    public void Fifty_new_cases_reach_PostgreSQL_in_fewer_commands_than_one_by_one()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();
        store.ImportDockets([Checked(Report(100, 3))]);
        var reports = Enumerable.Range(1, 50).Select(n => Checked(Report(n, 27))).ToList();

        var commands = PostgresCommands.RunBy(db, () => Assert.All(store.ImportDockets(reports), o => Assert.Null(o.Error)));

        // One by one each docket cost seven commands (its case's lock, two reads, the savepoint, its
        // deferred search row, the batch of its writes, the release): about 350. Together, in two
        // groups (32 dockets at most): each group's cases locked and looked up in three, then its
        // savepoint, its batch of writes and its release; and the search documents at commit.
        Assert.InRange(commands, 5, 20);
        Assert.Equal(51, store.Db.Cases.Count());
        Assert.Equal(50 * 27, store.Db.Entries.Count(e => e.Case != new CaseId("nmd:1:24-cv-00100")));
    }
}
