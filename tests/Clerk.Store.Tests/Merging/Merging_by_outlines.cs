using Clerk.Domain;
using Clerk.Store.Merging;
using Clerk.Store.Rows;
using CsCheck;
using NodaTime;

namespace Clerk.Store.Tests.Merging;

/// <summary>
/// A report too large to hold is merged into a stored case by the outlines of its entries
/// (<see cref="EntryMerge"/>): whatever the two dockets hold, that merge writes what
/// <see cref="DocketPlan.Of"/> writes for the same report held whole, and counts the same.
/// </summary>
public class Merging_by_outlines
{
    private static readonly CaseId Case = new("nmd:1:23-cv-00001");
    private static readonly SourceId ThisReport = new("r1");

    // An entry of either docket: its key from a small pool, so that the two dockets share some;
    // a day of a short range or none, so that days repeat and undated entries sit among dated ones;
    // a text from a small pool, so that the same entry differs between the dockets or not.
    private sealed record Line(int Key, int? Day, int? Entered, string Text, string? Detail);

    private static readonly Gen<int?> GenDay = Gen.Frequency((1, Gen.Const((int?)null)), (4, Gen.Int[0, 6].Select(d => (int?)d)));

    private static readonly Gen<Line> GenLine =
        Gen.Select(Gen.Int[1, 30], GenDay, GenDay, Gen.OneOfConst("ORDER", "ORDER (amended)", "Summons issued"), Gen.OneOfConst<string?>("docket entry", "docket entry 7", null))
            .Select((k, day, entered, text, detail) => new Line(k, day, entered, text, detail));

    private static readonly Gen<Line[]> GenDocket = GenLine.Array[0, 25].Select(a => a.DistinctBy(l => l.Key).ToArray());

    // The stored docket, whether each stored entry is cited by this report, the report, and the newest report stored so far (by its latest day; none stored, or one ending before, on or after).
    private static readonly Gen<(Line[] Stored, bool[] Cited, Line[] Incoming, int? StoredReport)> GenCase =
        Gen.Select(GenDocket, Gen.Bool.Array[25], GenDocket, Gen.Frequency((1, Gen.Const((int?)null)), (3, Gen.Int[0, 8].Select(d => (int?)d))));

    private static LocalDate? Date(int? day) => day is { } d ? new LocalDate(2023, 1, 1).PlusDays(d) : null;

    private static DocketEntry Entry(Line l, int sequence) =>
        new(Case, sequence, l.Key % 3 == 0 ? null : l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Date(l.Day), Date(l.Entered), l.Text, "k" + l.Key);

    [Fact]
    public void It_writes_what_the_whole_plan_writes()
    {
        GenCase.Sample(c =>
        {
            var stored = c.Stored.Select((l, i) => Entry(l, i + 1)).ToList();
            var storedCitations = c.Stored.Select((l, i) => (l, i)).Where(x => c.Cited[x.i])
                .Select(x => new Citation(ThisReport, FactRef.Of(stored[x.i]), x.l.Detail)).ToList();
            var incoming = c.Incoming.Select((l, i) => Entry(l, i + 1)).ToList();
            var citations = c.Incoming.Select((l, i) => new Citation(ThisReport, FactRef.Of(incoming[i]), l.Detail)).ToList();
            var state = new DocketState
            {
                Entries = stored,
                Citations = storedCitations,
                // The stored report is "r0" or "r2": on the same day as this one, it is older or newer.
                Reports = c.StoredReport is { } day ? [new DocketReport(Case, new SourceId(day % 2 == 0 ? "r0" : "r2"), Date(day))] : [],
            };
            var report = new Matter { Sources = [new Source(ThisReport, SourceKind.CourtRecord, "PACER", "r1", null, null, null)], Entries = incoming, Citations = citations };

            var plan = DocketPlan.Of(state, report, Case);
            var merge = EntryMerge.Of(
                [.. stored.Select((e, i) => EntryOutline.Of(e, c.Cited[i], c.Stored[i].Detail))],
                [.. incoming.Select((e, i) => EntryOutline.Of(e, cited: true, c.Incoming[i].Detail))],
                plan.Newest);

            Assert.Equal(plan.Result, merge.Result);

            // The entries written: in full, those inserted or whose text is taken; by key, those that only move.
            var storedByKey = stored.ToDictionary(e => e.Key);
            var written = incoming.Select((e, i) => (Entry: merge.Places[i] > 0 ? e.AtSequence(merge.Places[i]) : e, Write: merge.Writes[i])).ToList();
            Assert.Equal(
                Sorted(plan.Entries.Insert),
                Sorted(written.Where(w => w.Write.HasFlag(EntryWrite.Insert)).Select(w => w.Entry)));
            Assert.Equal(
                Sorted(plan.Entries.Update),
                Sorted(written.Where(w => w.Write.HasFlag(EntryWrite.Update)).Select(w => w.Entry)
                    .Concat(merge.Moves.Select(m => storedByKey[m.Key].AtSequence(m.Sequence)))));
            Assert.Empty(plan.Entries.Delete);

            // The citations of entries: every one the report lists, inserted or changed as the whole plan does.
            Assert.Equal(
                Details(plan.Citations.Insert),
                Details(citations.Where((_, i) => merge.Writes[i].HasFlag(EntryWrite.InsertCitation))));
            Assert.Equal(
                Details(plan.Citations.Update),
                Details(citations.Where((_, i) => merge.Writes[i].HasFlag(EntryWrite.UpdateCitation))));

            // And what the comparison stands on: the merged docket is numbered 1, 2, … with no gap.
            Assert.Equal(
                Enumerable.Range(1, stored.Count + merge.Result.EntriesAdded),
                state.Apply(plan).Entries.Select(e => e.Sequence));
        }, iter: 3000);
    }

    [Fact]
    public void A_report_listing_one_entry_twice_is_refused_whether_it_is_stored_or_not()
    {
        var stored = EntryOutline.Of(Entry(new Line(4, 1, 1, "ORDER", null), 1), cited: false, null);
        var twice = EntryOutline.Of(Entry(new Line(4, 1, 1, "ORDER", null), 1), cited: true, null);

        var other = EntryOutline.Of(Entry(new Line(5, 1, 1, "ORDER", null), 1), cited: true, null);

        Assert.Contains("k4", Assert.Throws<ArgumentException>(() => EntryMerge.Of([stored], [twice, twice with { Sequence = 2 }], newest: true)).Message, StringComparison.Ordinal);
        Assert.Contains("k5", Assert.Throws<ArgumentException>(() => EntryMerge.Of([stored], [other, twice, other with { Sequence = 3 }], newest: true)).Message, StringComparison.Ordinal);
        Assert.Equal(new ImportResult(1, 0, 1, 0, true), EntryMerge.Of([stored], [other, twice], newest: true).Result);
    }

    [Fact]
    public void Entries_that_differ_in_any_compared_part_have_different_outlines()
    {
        var entry = Entry(new Line(4, 1, 2, "ORDER", null), 1);
        ulong Content(DocketEntry e) => EntryOutline.Of(e, cited: false, null).Content;

        Assert.Equal(Content(entry), Content(entry.AtSequence(9)));
        Assert.NotEqual(Content(entry), Content(new DocketEntry(Case, 1, "5", entry.DateFiled, entry.DateEntered, entry.Description, entry.Key)));
        Assert.NotEqual(Content(entry), Content(new DocketEntry(Case, 1, entry.Number, null, entry.DateEntered, entry.Description, entry.Key)));
        Assert.NotEqual(Content(entry), Content(new DocketEntry(Case, 1, entry.Number, entry.DateFiled, null, entry.Description, entry.Key)));
        Assert.NotEqual(Content(entry), Content(new DocketEntry(Case, 1, entry.Number, entry.DateFiled, entry.DateEntered, "ORDER ", entry.Key)));
        // The number and the text are told apart however they are split.
        Assert.NotEqual(
            EntryOutline.ContentOf("1", null, null, "|2"),
            EntryOutline.ContentOf("1|", null, null, "2"));
        Assert.NotEqual(EntryOutline.ContentOf(null, null, null, "x"), EntryOutline.ContentOf("", null, null, "x"));
        Assert.NotEqual(EntryOutline.CitedOf(null), EntryOutline.CitedOf(""));
    }

    private static List<DocketEntry> Sorted(IEnumerable<DocketEntry> entries) => [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)];

    private static List<string> Details(IEnumerable<Citation> citations) =>
        [.. citations.Where(c => c.Fact.Kind == FactKind.DocketEntry).Select(c => $"{c.Fact}|{c.Detail}").Order(StringComparer.Ordinal)];
}
