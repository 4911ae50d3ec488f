using Clerk.Domain;
using Clerk.Pacer.Mapping;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Mapping;

public sealed class Mapping_onto_the_model
{
    private static readonly Source Report = new(new SourceId("report"), SourceKind.CourtRecord, "PACER", "test report", null, null, null);

    private static ImportedDocket Map(string folder, string file)
    {
        var path = Fixtures.Path("pacer-dockets", folder, file);
        var parsed = PacerDocketParser.Parse(File.ReadAllBytes(path), PacerDocketParser.CourtIdFromFileName(path));
        Assert.NotNull(parsed.Docket);
        return DocketMapper.ToMatter(parsed.Docket, Report);
    }

    public static TheoryData<string, string> AllDockets()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "district", "bankruptcy", "special", "fake-rss", "appellate", "acms" })
        {
            foreach (var file in Directory.GetFiles(Fixtures.Path("pacer-dockets", folder)).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                // Pages whose expected parse is {} are not dockets; the conformance suites cover them.
                if (File.ReadAllText(Path.ChangeExtension(file, ".json")).Trim() == "{}")
                {
                    continue;
                }

                data.Add(folder, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllDockets))]
    public void Every_fixture_docket_maps_to_facts_that_keep_the_rules_and_all_cite_the_report(string folder, string file)
    {
        var imported = Map(folder, file);
        Assert.Empty(imported.Matter.Violations());
        Assert.All(imported.Matter.Citations, c => Assert.Equal(Report.Id, c.Source));
        Assert.Contains(imported.Matter.Cases, c => c.Id == imported.Case);
    }

    [Fact]
    public void A_district_civil_docket_keeps_the_case_header_parties_attorneys_and_entries()
    {
        // Expected values from the fixture akd.json.
        var m = Map("district", "akd.html");
        var theCase = m.Matter.Cases.Single();
        Assert.Equal(new CaseId("akd:3:08-cv-00284"), theCase.Id);
        Assert.Equal(CaseKind.Civil, theCase.Kind);
        Assert.Equal(CaseStatus.Closed, theCase.Status);
        Assert.Equal("West American Insurance Company v. Gifford", theCase.Caption);
        Assert.Equal(PartialDate.Parse("2008-12-23"), theCase.Filed);
        Assert.Equal("Timothy M. Burgess", m.Matter.Judges.Single().Name);
        var terminated = m.Matter.Participations.Single(p => p.Party.Value.EndsWith("communications-equipment-and-service-llc", StringComparison.Ordinal));
        Assert.Equal(PartyRole.Defendant, terminated.Role);
        Assert.Equal("Defendant", terminated.RoleText);
        Assert.Equal(new NodaTime.LocalDate(2009, 4, 7), terminated.Terminated);
        var counsel = Assert.Single(m.Matter.Counsel);
        Assert.Equal(["LEAD ATTORNEY", "ATTORNEY TO BE NOTICED"], counsel.Roles);
        Assert.Contains("Lane Powell LLC", m.Matter.Attorneys.Single().Contact, StringComparison.Ordinal);
        Assert.Equal(["4", "5", "6"], m.Matter.Entries.Select(e => e.Number));
        Assert.Equal("America/Anchorage", m.Matter.Courts.Single().TimeZone);
    }

    [Fact]
    public void Criminal_counts_and_complaints_become_charges_of_a_criminal_case()
    {
        // wawd.json: one complaint, counts with dispositions (one "Dismissed on motion of the government").
        var m = Map("district", "wawd.html");
        var theCase = m.Matter.Cases.Single();
        Assert.Equal(CaseKind.Criminal, theCase.Kind);
        Assert.NotEmpty(m.Matter.Charges);
        Assert.All(m.Matter.Charges, c => Assert.Equal(theCase.Id, c.Case));
        var dismissed = m.Matter.Charges.First(c => c.Description.StartsWith("Production of Child Pornography 18:2251(a) & (3)(1)", StringComparison.Ordinal));
        Assert.Equal(ChargeStatus.Disposed, dismissed.Status);
        Assert.Equal("Dismissed on motion of the government", dismissed.History[^1].Detail);
        Assert.Equal("18:2251(a)", dismissed.Statute);
        Assert.Contains(m.Matter.Charges, c => c.History[0].Detail == "complaint");
    }

    [Fact]
    public void A_bankruptcy_docket_is_a_bankruptcy_case()
    {
        var m = Map("bankruptcy", "akb.html");
        Assert.Equal(CaseKind.Bankruptcy, m.Matter.Cases.Single().Kind);
        Assert.Contains(m.Matter.Participations, p => p.Role == PartyRole.Debtor);
    }

    [Fact]
    public void An_appeal_links_to_the_case_it_appeals_from()
    {
        var m = Map("appellate", "ca1.html");
        var appeal = m.Matter.Cases.Single(c => c.Id == m.Case);
        Assert.Equal(CaseKind.Appeal, appeal.Kind);
        var link = Assert.Single(m.Matter.CaseLinks);
        Assert.Equal(CaseLinkKind.AppealOf, link.Kind);
        Assert.Equal(appeal.Id, link.From);
        Assert.Contains(m.Matter.Cases, c => c.Id == link.To);
        Assert.Contains(m.Matter.Participations, p => p.Role is PartyRole.Appellant or PartyRole.Appellee);
    }

    [Fact]
    public void An_acms_appeal_from_a_district_named_in_words_cites_that_court_by_its_id_and_invents_no_lower_case()
    {
        var file = Directory.GetFiles(Fixtures.Path("pacer-dockets", "acms"), "*.json")
            .Single(f => File.ReadAllText(f).Contains("S.D.N.Y", StringComparison.Ordinal));
        var m = Map("acms", Path.ChangeExtension(Path.GetFileName(file), ".acms_json"));

        var lower = Assert.Single(m.Matter.Courts, c => c.Id.Value == "nysd");
        Assert.Equal("America/New_York", lower.TimeZone);
        Assert.DoesNotContain(m.Matter.Cases, c => c.Id.Value.StartsWith("unknown:", StringComparison.Ordinal));
        Assert.Empty(m.Matter.CaseLinks);
    }
}
