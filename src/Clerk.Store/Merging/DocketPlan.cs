using Clerk.Domain;
using Clerk.Store.Rows;
using NodaTime;

namespace Clerk.Store.Merging;

/// <summary>
/// What merging one docket report into its case changes, decided without touching the database
/// (<see cref="Of"/>), and applied by one small step (<see cref="DocketMerge"/>).
/// <para>
/// The rules. An entry is the same entry when it has the same key (<see cref="EntryKeys"/>), so
/// re-importing never duplicates and never re-keys. A report at least as recent as what is stored
/// (by its latest filing date; of two that end on the same day, the one with the greater source id)
/// is the newest, so the end state does not depend on the order reports are imported in: it updates the entries whose text or dates changed,
/// and its parties' roles, counsel and charges become the case's (those it no longer lists are
/// deleted). An older report only adds the entries that are missing, and its citations of the facts
/// that stand. Entries stored from earlier
/// reports and absent from this one are kept. The docket is ordered by filing date; within a day
/// the newest report's own order comes first, then the other entries in their order; an undated
/// entry stays after the entry before it.
/// </para>
/// </summary>
/// <param name="Newest">Whether the report was taken as the newest.</param>
/// <param name="Upserts">Facts written by key whatever is stored: the report itself, and for the newest report its court, judges, cases, links, parties and attorneys.</param>
public sealed record DocketPlan(
    bool Newest,
    Matter Upserts,
    Changes<DocketEntry> Entries,
    Changes<Participation> Participations,
    Changes<Counsel> Counsel,
    Changes<Charge> Charges,
    Changes<Citation> Citations,
    Changes<DocketReport> Reports,
    ImportResult Result)
{
    /// <summary>The plan for merging <paramref name="report"/>'s facts about <paramref name="caseId"/> into <paramref name="stored"/>.</summary>
    /// <param name="report">One report's facts: exactly one source, cited by every citation.</param>
    /// <param name="partial">Where the report was cut short, for a report imported in part; null for a complete one.</param>
    public static DocketPlan Of(DocketState stored, Matter report, CaseId caseId, string? partial = null)
    {
        var incoming = report.Entries.Where(e => e.Case == caseId).OrderBy(e => e.Sequence).ToList();
        var plan = WithoutEntries(stored, report, caseId, partial, Latest(incoming), stored.Entries.Count > 0, Latest(stored.Entries));
        var (entries, counts) = MergeEntries(stored.Entries, incoming, plan.Newest);
        return plan with { Entries = entries, Result = counts with { Newest = plan.Newest } };
    }

    /// <summary>
    /// The plan for all but the entries of a report whose entries are merged apart (<see cref="EntryMerge"/>):
    /// <see cref="Entries"/> is empty, and so are the counts of entries in <see cref="Result"/>.
    /// </summary>
    /// <param name="stored">What is stored; its entries and their citations are not looked at.</param>
    /// <param name="latest">The latest filing date among the report's entries.</param>
    /// <param name="anyEntry">Whether the case has entries stored.</param>
    /// <param name="latestStored">The latest filing date among them.</param>
    internal static DocketPlan WithoutEntries(DocketState stored, Matter report, CaseId caseId, string? partial, LocalDate? latest, bool anyEntry, LocalDate? latestStored)
    {
        if (report.Sources.Count != 1)
        {
            throw new ArgumentException($"a docket import cites exactly one report; this one has {report.Sources.Count} sources", nameof(report));
        }

        var thisReport = new DocketReport(caseId, report.Sources[0].Id, latest, partial);
        // A complete report of the docket ends the case's being partial.
        var cleared = partial is null ? stored.Reports.Where(r => r.Partial is not null).Select(r => r with { Partial = null }) : [];
        // Entries stored before reports were recorded (release 28674ca) rank as a report older than any of the same day.
        var current = stored.Reports.Count > 0
            ? stored.Reports.Aggregate((a, b) => DocketReport.CompareRecency(a, b) >= 0 ? a : b)
            : anyEntry ? new DocketReport(caseId, new SourceId(""), latestStored) : null;
        var newest = DocketReport.CompareRecency(thisReport, current) >= 0;

        var caseFact = new FactRef(FactKind.Case, caseId.Value);
        // An older report still cites what it lists and what stands: the case, its entries, and the
        // roles, counsel and charges the newest report gave the case.
        var standing = stored.Participations.Select(FactRef.Of)
            .Concat(stored.Counsel.Select(FactRef.Of))
            .Concat(stored.Charges.Select(c => new FactRef(FactKind.Charge, c.Id.Value)))
            .ToHashSet();
        var citations = report.Citations.Where(c => newest || c.Fact == caseFact || c.Fact.Kind == FactKind.DocketEntry || standing.Contains(c.Fact));
        return new DocketPlan(
            newest,
            newest
                ? report with { Entries = [], Participations = [], Counsel = [], Charges = [], Citations = [] }
                : new Matter { Sources = report.Sources },
            Changes.None<DocketEntry>(),
            newest ? Replace(stored.Participations, report.Participations.Where(p => p.Case == caseId), FactRef.Of) : Changes.None<Participation>(),
            newest ? Replace(stored.Counsel, report.Counsel.Where(c => c.Case == caseId), FactRef.Of) : Changes.None<Counsel>(),
            newest ? Replace(stored.Charges, report.Charges.Where(c => c.Case == caseId), c => c.Id) : Changes.None<Charge>(),
            Replace(stored.Citations, citations, c => (c.Fact, c.Source), deleteMissing: false),
            Replace(stored.Reports, [thisReport, .. cleared], r => r.Source, deleteMissing: false),
            new ImportResult(0, 0, 0, 0, newest));
    }

    private static (Changes<DocketEntry> Changes, ImportResult Counts) MergeEntries(IReadOnlyList<DocketEntry> stored, List<DocketEntry> incoming, bool newest)
    {
        var storedByKey = stored.ToDictionary(e => e.Key);
        var incomingKeys = incoming.Select(e => e.Key).ToHashSet();
        var (added, updated, unchanged) = (0, 0, 0);
        var content = new Dictionary<string, DocketEntry>();
        foreach (var e in incoming)
        {
            if (!storedByKey.TryGetValue(e.Key, out var old))
            {
                added++;
                content[e.Key] = e;
            }
            else if (newest && !SameContent(old, e))
            {
                updated++;
                content[e.Key] = e;
            }
            else
            {
                unchanged++;
                content[e.Key] = old;
            }
        }

        var onlyStored = stored.Where(e => !incomingKeys.Contains(e.Key)).ToList();
        foreach (var e in onlyStored)
        {
            content[e.Key] = e;
        }

        // The newest list sets the order within a day; the stored docket came from the newest report so far.
        var (first, second) = newest ? (incoming, onlyStored) : ([.. stored], incoming.Where(e => !storedByKey.ContainsKey(e.Key)).ToList());
        var order = Dated(first, 0).Concat(Dated(second, 1))
            .OrderBy(x => x.Date ?? LocalDate.MinIsoValue).ThenBy(x => x.List).ThenBy(x => x.Index)
            .Select(x => x.Key).ToList();

        var (insert, update) = (new List<DocketEntry>(), new List<DocketEntry>());
        for (var i = 0; i < order.Count; i++)
        {
            var entry = content[order[i]].AtSequence(i + 1);
            if (!storedByKey.TryGetValue(entry.Key, out var old))
            {
                insert.Add(entry);
            }
            else if (!SameContent(old, entry) || old.Sequence != entry.Sequence)
            {
                update.Add(entry);
            }
        }

        return (new Changes<DocketEntry>(insert, update, []), new ImportResult(added, updated, unchanged, onlyStored.Count, newest));
    }

    // An undated entry takes the date of the entry before it in its own list.
    private static IEnumerable<(LocalDate? Date, int List, int Index, string Key)> Dated(List<DocketEntry> list, int which)
    {
        LocalDate? last = null;
        for (var i = 0; i < list.Count; i++)
        {
            last = list[i].DateFiled ?? last;
            yield return (last, which, i, list[i].Key);
        }
    }

    private static bool SameContent(DocketEntry a, DocketEntry b) =>
        a.Number == b.Number && a.DateFiled == b.DateFiled && a.DateEntered == b.DateEntered && a.Description == b.Description;

    /// <summary>Rows that make <paramref name="stored"/> into <paramref name="wanted"/>: new ones inserted, changed ones updated, and (unless told not to) missing ones deleted.</summary>
    private static Changes<T> Replace<T, TKey>(IEnumerable<T> stored, IEnumerable<T> wanted, Func<T, TKey> key, bool deleteMissing = true)
        where T : notnull
        where TKey : notnull
    {
        var before = new Dictionary<TKey, T>();
        foreach (var s in stored)
        {
            before.TryAdd(key(s), s);
        }

        var (insert, update, seen) = (new List<T>(), new List<T>(), new HashSet<TKey>());
        foreach (var w in wanted)
        {
            var k = key(w);
            if (!seen.Add(k))
            {
                continue;
            }

            if (!before.TryGetValue(k, out var old))
            {
                insert.Add(w);
            }
            else if (!Same(old, w))
            {
                update.Add(w);
            }
        }

        List<T> delete = deleteMissing ? [.. before.Where(kv => !seen.Contains(kv.Key)).Select(kv => kv.Value)] : [];
        return new Changes<T>(insert, update, delete);
    }

    // Records compare by value, but lists inside them (counsel roles, a charge's history) by reference.
    private static bool Same<T>(T a, T b)
        where T : notnull =>
        a.Equals(b) || System.Text.Json.JsonSerializer.Serialize(a, StoreJson.Options) == System.Text.Json.JsonSerializer.Serialize(b, StoreJson.Options);

    private static LocalDate? Latest(IEnumerable<DocketEntry> entries) => entries.Max(e => e.DateFiled);
}
