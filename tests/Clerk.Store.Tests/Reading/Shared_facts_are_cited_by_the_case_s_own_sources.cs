using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Tests.Reading;

/// <summary>
/// A party, attorney, court or judge that appears in many dockets is cited by every one of their
/// reports. Reading one case shows the citations from the reports of that case, so a case read does
/// not grow with the other dockets stored beside it.
/// </summary>
public class Shared_facts_are_cited_by_the_case_s_own_sources
{
    private static readonly CourtId Court = new("nmd");
    private static readonly JudgeId Judge = new("judge:shared");
    private static readonly PartyId Lender = new("party:first-lender");
    private static readonly AttorneyId Counsel = new("attorney:shared-counsel");

    /// <summary>One docket of the shared court, judge, lender and its counsel, reported by its own source.</summary>
    private static Matter Docket(int n)
    {
        var id = new CaseId($"nmd:1:23-cv-{n:00000}");
        var source = new Source(new SourceId($"report-{n:000}"), SourceKind.CourtRecord, "PACER", $"Docket report {n}", null, null, null);
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(Court, "U.S. District Court for the District of New Mexico", "United States federal courts", "America/Denver", "us-fed-nm")],
            Judges = [new Judge(Judge, "Shared Judge")],
            Cases = [new Case(id, Court, $"1:23-cv-{n:00000}", $"Borrower {n} v. First Lender", CaseKind.Civil, CaseStatus.Open, Judge, null, null)],
            Parties = [new Party(Lender, "First Lender", PartyKind.Organization, null)],
            Attorneys = [new Attorney(Counsel, "Shared Counsel", null)],
            Participations = [new Participation(id, Lender, PartyRole.Defendant, "Defendant", null)],
            Counsel = [new Counsel(id, Counsel, Lender, [])],
            Entries = [new DocketEntry(id, 1, "1", new LocalDate(2023, 1, 3), null, "COMPLAINT")],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_case_among_many_dockets_of_the_same_parties_lists_only_its_own_report(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        for (var n = 1; n <= 30; n++)
        {
            store.ImportDocket(Docket(n), new CaseId($"nmd:1:23-cv-{n:00000}"));
        }

        var read = store.ReadCase(new CaseId("nmd:1:23-cv-00017"))!;

        Assert.Equal(["report-017"], read.Sources.Select(s => s.Id.Value));
        foreach (var fact in new[] { new FactRef(FactKind.Court, "nmd"), new FactRef(FactKind.Judge, "judge:shared"), new FactRef(FactKind.Party, "party:first-lender"), new FactRef(FactKind.Attorney, "attorney:shared-counsel") })
        {
            Assert.Equal(["report-017"], read.Citations.Where(c => c.Fact == fact).Select(c => c.Source.Value));
        }
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_shared_fact_none_of_the_case_s_sources_cites_keeps_its_first_citation(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        // The judge is named by a later news report only: the case's docket report does not cite them.
        var docket = Docket(1);
        var judgeFact = new FactRef(FactKind.Judge, Judge.Value);
        store.Save(docket with { Citations = [.. docket.Citations.Where(c => c.Fact != judgeFact), new Citation(new SourceId("news-b"), judgeFact, "named in the report")], Sources = [.. docket.Sources, NewsReport("news-b")] });
        store.Save(new Matter { Sources = [NewsReport("news-a")], Judges = [new Judge(Judge, "Shared Judge")], Citations = [new Citation(new SourceId("news-a"), judgeFact, "profile")] });

        var read = store.ReadCase(new CaseId("nmd:1:23-cv-00001"))!;

        Assert.Equal(["news-a"], read.Citations.Where(c => c.Fact == judgeFact).Select(c => c.Source.Value));
        Assert.Equal(["news-a", "report-001"], read.Sources.Select(s => s.Id.Value).Order(StringComparer.Ordinal));
    }

    private static Source NewsReport(string id) => new(new SourceId(id), SourceKind.NewsReport, "Example News", "A report", null, null, null);
}
