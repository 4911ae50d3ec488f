using Clerk.Domain;
using Clerk.Store.Merging;
using CsCheck;
using NodaTime;

namespace Clerk.Store.Tests.Merging;

/// <summary>The merge rules as properties of the pure plan, applied in memory.</summary>
public class Merging_a_docket_plan
{
    private static readonly CaseId Case = new("nmd:1:23-cv-00001");

    // A docket's possible entries: numbered ones and unnumbered ones (some with the same day and
    // text, told apart by their order), dated over two months.
    private sealed record Line(string? Number, int Day, string Text);

    private static readonly Gen<Line> GenLine =
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 60], Gen.OneOfConst("ORDER", "Summons issued", "NOTICE of appearance", "MOTION to dismiss"), Gen.Bool)
            .Select((n, day, text, numbered) => new Line(numbered ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, day, text));

    private static readonly Gen<string[]> GenParties = Gen.OneOfConst("doe", "roe", "poe", "moe").Array[0, 4].Select(a => a.Distinct().ToArray());

    private static readonly Gen<(Line[] Lines, string[] Parties, string Edit)> GenReport =
        Gen.Select(GenLine.Array[1, 25], GenParties, Gen.OneOfConst("", " (amended)"));

    private static Matter Report(string id, (Line[] Lines, string[] Parties, string Edit) r)
    {
        var source = new Source(new SourceId(id), SourceKind.CourtRecord, "PACER", id, null, null, null);
        var keys = new EntryKeys.Counter();
        var numbers = new HashSet<string>();
        var entries = r.Lines
            .Where(l => l.Number is null || numbers.Add(l.Number))
            .OrderBy(l => l.Day)
            .Select((l, i) =>
            {
                var date = new LocalDate(2023, 1, 1).PlusDays(l.Day);
                var text = l.Number is null ? l.Text : $"{l.Text} {l.Number}{r.Edit}";
                return new DocketEntry(Case, i + 1, l.Number, date, date, text, keys.Next(Case, l.Number, date, text));
            }).ToList();
        var parties = r.Parties.Select(p => new Party(new PartyId(p), p, PartyKind.Person, null)).ToList();
        var m = new Matter
        {
            Sources = [source],
            Cases = [new Case(Case, new CourtId("nmd"), "1:23-cv-00001", "Acme v. Doe", CaseKind.Civil, CaseStatus.Open, null, null, null)],
            Parties = parties,
            Participations = [.. parties.Select(p => new Participation(Case, p.Id, PartyRole.Defendant, "Defendant" + r.Edit, null))],
            Entries = entries,
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    private static DocketState Merge(DocketState state, Matter report) => state.Apply(DocketPlan.Of(state, report, Case));

    // Everything that a merge decides, in a form that compares by value.
    private static string Show(DocketState s)
    {
        static bool CaseScoped(FactKind k) => k is FactKind.Case or FactKind.DocketEntry or FactKind.Participation or FactKind.Counsel or FactKind.Charge;
        return string.Join("\n",
            s.Entries.OrderBy(e => e.Sequence).Select(e => $"{e.Sequence} {e.Key} {e.Number} {e.DateFiled} {e.Description}")
                .Concat(s.Participations.Select(p => $"{FactRef.Of(p)} {p.RoleText}").Order(StringComparer.Ordinal))
                .Concat(s.Citations.Where(c => CaseScoped(c.Fact.Kind)).Select(c => $"{c.Fact} <- {c.Source}").Order(StringComparer.Ordinal)));
    }

    private static LocalDate? Latest(Matter m) => m.Entries.Max(e => e.DateFiled);

    [Fact]
    public void Merging_a_report_twice_equals_merging_it_once()
    {
        GenReport.Sample(r =>
        {
            var report = Report("r1", r);
            var once = Merge(new DocketState(), report);
            var twice = Merge(once, report);
            Assert.Equal(Show(once), Show(twice));
            Assert.True(DocketPlan.Of(once, report, Case) is { } p && p.Entries.IsEmpty && p.Participations.IsEmpty && p.Citations.IsEmpty);
        }, iter: 500);
    }

    [Fact]
    public void Two_reports_of_one_docket_end_in_the_same_state_in_either_order()
    {
        Gen.Select(GenReport, GenReport).Sample((a, b) =>
        {
            var (older, newer) = (Report("a", a), Report("b", b));

            if (Latest(older) > Latest(newer))
            {
                (older, newer) = (newer, older);
            }

            var oldFirst = Merge(Merge(new DocketState(), older), newer);
            var newFirst = Merge(Merge(new DocketState(), newer), older);
            Assert.Equal(Show(oldFirst), Show(newFirst));
        }, iter: 500);
    }

    [Fact]
    public void The_newer_report_wins_where_the_two_disagree()
    {
        Gen.Select(GenReport, GenParties).Sample((r, otherParties) =>
        {
            var older = Report("a", r);
            var newer = Report("b", (r.Lines.Append(new Line("99", 61, "JUDGMENT")).ToArray(), otherParties, " (amended)"));
            var state = Merge(Merge(new DocketState(), older), newer);
            Assert.Equal(otherParties.Order(StringComparer.Ordinal), state.Participations.Select(p => p.Party.Value).Order(StringComparer.Ordinal));
            Assert.All(state.Participations, p => Assert.Equal("Defendant (amended)", p.RoleText));
            Assert.All(state.Entries.Where(e => e.Number is not null), e => Assert.EndsWith(" (amended)", e.Description, StringComparison.Ordinal));
        }, iter: 500);
    }

    [Fact]
    public void No_entry_is_ever_lost_or_re_keyed()
    {
        Gen.Select(GenReport, GenReport).Sample((a, b) =>
        {
            var first = Merge(new DocketState(), Report("a", a));
            var second = Merge(first, Report("b", b));
            var keys = second.Entries.Select(e => e.Key).ToHashSet();
            Assert.All(first.Entries, e => Assert.Contains(e.Key, keys));
            Assert.Equal(second.Entries.Count, keys.Count);
            Assert.Equal(Enumerable.Range(1, second.Entries.Count), second.Entries.Select(e => e.Sequence));
        }, iter: 500);
    }

    [Fact]
    public void Entries_are_in_filing_date_order_after_any_merge()
    {
        Gen.Select(GenReport, GenReport).Sample((a, b) =>
        {
            var state = Merge(Merge(new DocketState(), Report("a", a)), Report("b", b));
            var dates = state.Entries.Select(e => e.DateFiled!.Value).ToList();
            Assert.Equal(dates.Order(), dates);
        }, iter: 500);
    }
}
