using Clerk.Domain;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store;

/// <summary>
/// Merges a docket report of one case into what is stored about it, in one transaction. An entry is
/// the same entry when it has the same document number or, unnumbered, the same filing date and
/// text; so re-importing never duplicates. A report at least as recent as what is stored (by its
/// latest entry) updates changed entries and replaces the case's parties, roles, counsel and
/// charges with its own; an older report only adds entries that are missing. Entries stored from
/// earlier reports and absent from this one are kept, in date order among the others.
/// </summary>
internal static class DocketMerge
{
    public static ImportResult Import(ClerkStore store, Matter matter, CaseId caseId)
    {
        var db = store.Db;
        if (matter.Sources.Count != 1)
        {
            throw new ArgumentException($"a docket import cites exactly one report; this one has {matter.Sources.Count} sources", nameof(matter));
        }

        var violations = matter.Violations(store.IsStored);
        if (violations.Count > 0)
        {
            throw new MatterRejectedException(violations);
        }

        using var tx = db.Database.BeginTransaction();
        var stored = db.Entries.AsNoTracking().Where(e => e.Case == caseId).OrderBy(e => e.Sequence).ToList();
        var incoming = matter.Entries.Where(e => e.Case == caseId).OrderBy(e => e.Sequence).ToList();
        var newest = stored.Count == 0 || Latest(incoming) >= Latest(stored);

        // Everything but the case's entries, roles, counsel and charges is added or updated by id.
        // An older report changes nothing but the entries it adds: the case, its parties and roles
        // stay as the newest report gave them; the report is still recorded as a source of the case.
        var caseFact = new FactRef(FactKind.Case, caseId.Value);
        // For the newest report, the few facts with no bulk path (source, court, judge, cases, links)
        // are upserted one by one; everything else is replaced below in one pass per table.
        var others = newest
            ? matter with { Entries = [], Participations = [], Counsel = [], Charges = [], Parties = [], Attorneys = [], Citations = [] }
            : new Matter { Sources = matter.Sources, Citations = [.. matter.Citations.Where(c => c.Fact == caseFact)] };
        List<Citation> reportCitations = [];
        if (newest)
        {
            // The newest report's parties, roles, counsel and charges become the case's own.
            // Participation and counsel facts are keyed "case/..."; charges by their own ids.
            foreach (var rolePrefix in new[] { $"{FactKind.Participation}:{caseId}/", $"{FactKind.Counsel}:{caseId}/" })
            {
                DeleteCitationsWithPrefix(db, rolePrefix);
            }

            foreach (var charge in db.Charges.AsNoTracking().Where(c => c.Case == caseId).Select(c => c.Id).ToList())
            {
                var fact = new FactRef(FactKind.Charge, charge.Value);
                db.Citations.Where(c => c.Fact == fact).ExecuteDelete();
            }

            db.Participations.Where(p => p.Case == caseId).ExecuteDelete();
            db.Counsel.Where(c => c.Case == caseId).ExecuteDelete();
            db.Charges.Where(c => c.Case == caseId).ExecuteDelete();

            // What this report says is written afresh: its earlier citations go, and all of them are
            // inserted again below in one pass instead of being looked up one by one.
            var reportId = matter.Sources[0].Id;
            db.Citations.Where(c => c.Source == reportId).ExecuteDelete();
            reportCitations = [.. matter.Citations.Where(c => c.Fact.Kind != FactKind.DocketEntry)];

            // Parties and attorneys are replaced by id the same way: removed, then inserted in one pass.
            var partyIds = matter.Parties.Select(p => p.Id).ToList();
            db.Parties.Where(p => partyIds.Contains(p.Id)).ExecuteDelete();
            var attorneyIds = matter.Attorneys.Select(a => a.Id).ToList();
            db.Attorneys.Where(a => attorneyIds.Contains(a.Id)).ExecuteDelete();
        }

        store.Upsert(others);
        if (newest)
        {
            BulkInsert.Rows(db, matter.Parties);
            BulkInsert.Rows(db, matter.Attorneys);
            BulkInsert.Rows(db, matter.Participations);
            BulkInsert.Rows(db, matter.Counsel);
            BulkInsert.Rows(db, matter.Charges);
            BulkInsert.Rows(db, reportCitations);
        }

        var (added, updated, unchanged, kept) = (0, 0, 0, 0);
        // Entries with the same identity (two unnumbered entries of one day with the same text) are
        // matched in order, one stored entry to one reported entry.
        var byIdentity = new Dictionary<string, Queue<DocketEntry>>(StringComparer.Ordinal);
        foreach (var e in stored)
        {
            var key = Identity(e);
            if (!byIdentity.TryGetValue(key, out var queue))
            {
                byIdentity[key] = queue = new Queue<DocketEntry>();
            }

            queue.Enqueue(e);
        }

        var matchedOld = new HashSet<int>();
        var merged = new List<(DocketEntry Entry, int? OldSequence, bool Incoming)>();
        foreach (var e in incoming)
        {
            if (byIdentity.TryGetValue(Identity(e), out var queue) && queue.TryDequeue(out var old))
            {
                matchedOld.Add(old.Sequence);
                var same = old.Number == e.Number && old.DateFiled == e.DateFiled && old.DateEntered == e.DateEntered && old.Description == e.Description;
                if (!same && newest)
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }

                merged.Add((newest ? e : old, old.Sequence, true));
            }
            else
            {
                added++;
                merged.Add((e, null, true));
            }
        }

        foreach (var old in stored.Where(o => !matchedOld.Contains(o.Sequence)))
        {
            kept++;
            merged.Add((old, old.Sequence, false));
        }

        // Date order, keeping each report's own order among entries of one day; an undated entry
        // goes with the entry before it in its own list.
        var ordered = Dated(merged.Where(m => m.Incoming).ToList()).Concat(Dated(merged.Where(m => !m.Incoming).ToList()))
            .OrderBy(x => x.Date ?? LocalDateMin).ThenBy(x => x.Incoming ? 0 : 1).ThenBy(x => x.Index)
            .Select(x => x.Item).ToList();

        // Entry citations are keyed "DocketEntry:case#sequence"; the prefix selects this case's.
        var prefix = caseId.Value + "#";
        var factPrefix = $"{FactKind.DocketEntry}:{prefix}";
        var oldCitations = db.Citations
            .FromSql($"SELECT * FROM \"Citations\" WHERE \"Fact\" >= {factPrefix} AND \"Fact\" < {PrefixEnd(factPrefix)}")
            .AsNoTracking().ToList();
        var citationsByOldSequence = oldCitations
            .ToLookup(c => int.Parse(c.Fact.Key[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture));
        var newCitations = matter.Citations.Where(c => c.Fact.Kind == FactKind.DocketEntry).ToLookup(c => c.Fact);

        DeleteCitationsWithPrefix(db, factPrefix);
        db.Entries.Where(e => e.Case == caseId).ExecuteDelete();
        var finalEntries = new List<DocketEntry>(ordered.Count);
        var finalCitations = new List<Citation>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (entry, oldSequence, fromReport) = ordered[i];
            var final = new DocketEntry(caseId, i + 1, entry.Number, entry.DateFiled, entry.DateEntered, entry.Description);
            finalEntries.Add(final);
            var fact = FactRef.Of(final);
            var sources = new Dictionary<SourceId, Citation>();
            if (oldSequence is { } s)
            {
                foreach (var c in citationsByOldSequence[s])
                {
                    sources[c.Source] = c with { Fact = fact };
                }
            }

            if (fromReport)
            {
                foreach (var c in newCitations[FactRef.Of(entry)])
                {
                    sources[c.Source] = c with { Fact = fact };
                }
            }

            finalCitations.AddRange(sources.Values);
        }

        BulkInsert.Rows(db, finalEntries);
        BulkInsert.Rows(db, finalCitations);
        tx.Commit();
        db.ChangeTracker.Clear();
        return new ImportResult(added, updated, unchanged, kept, newest);
    }

    // A range on the primary key (Fact, Source) selects a prefix with the index instead of a scan.
    private static void DeleteCitationsWithPrefix(ClerkDbContext db, string factPrefix) =>
        db.Database.ExecuteSql($"DELETE FROM \"Citations\" WHERE \"Fact\" >= {factPrefix} AND \"Fact\" < {PrefixEnd(factPrefix)}");

    /// <summary>The least text greater than every text that starts with <paramref name="prefix"/>.</summary>
    private static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static readonly NodaTime.LocalDate LocalDateMin = new(1, 1, 1);

    private static IEnumerable<(NodaTime.LocalDate? Date, bool Incoming, int Index, (DocketEntry, int?, bool) Item)> Dated(List<(DocketEntry Entry, int? OldSequence, bool Incoming)> list)
    {
        NodaTime.LocalDate? last = null;
        for (var i = 0; i < list.Count; i++)
        {
            last = list[i].Entry.DateFiled ?? last;
            yield return (last, list[i].Incoming, i, list[i]);
        }
    }

    private static NodaTime.LocalDate? Latest(IEnumerable<DocketEntry> entries) => entries.Max(e => e.DateFiled);

    private static string Identity(DocketEntry e) =>
        e.Number is { Length: > 0 } n ? "n:" + n : $"u:{e.DateFiled}|{e.Description}";
}
