using Clerk.Domain;
using Clerk.Store.Reading;
using Clerk.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Clerk.Store.Merging;

/// <summary>
/// Merges a docket report into its case in one transaction: reads the case's <see cref="DocketState"/>,
/// asks <see cref="DocketPlan.Of"/> what changes, and writes exactly those rows.
/// </summary>
internal static class DocketMerge
{
    public static ImportResult Import(ClerkStore store, Matter report, CaseId caseId, string? partial = null)
    {
        var violations = report.Violations(store.IsStored);
        if (violations.Count > 0)
        {
            throw new MatterRejectedException(violations);
        }

        return BulkWriting(store.Db, () => ImportOne(store.Db, report, caseId, partial));
    }

    // Around a bulk write's transaction (StoreProvider.BulkWriting: SQLite keeps its journals in memory).
    private static T BulkWriting<T>(ClerkDbContext db, Func<T> write)
    {
        var connection = db.Database.GetDbConnection();
        db.Provider!.BulkWriting(connection, starting: true);
        try
        {
            return write();
        }
        finally
        {
            db.Provider.BulkWriting(connection, starting: false);
        }
    }

    private static ImportResult ImportOne(ClerkDbContext db, Matter report, CaseId caseId, string? partial)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var tx = db.Database.BeginTransaction();
                // Another import of the same case waits here until this one commits, then reads what it wrote.
                db.Provider!.LockCase(db, caseId.Value);
                var state = Read(db, caseId, report.Sources.Single().Id);
                var plan = DocketPlan.Of(state, report, caseId, partial);
                Apply(db, [new Planned(report, plan, state.IsNewCase ? caseId : null)]);
                tx.Commit();
                return plan.Result;
            }
            catch (System.Data.Common.DbException e) when (attempt < 5 && db.Provider!.IsRetryable(e))
            {
                // The server broke a deadlock by rolling this transaction back; nothing of it was written.
                Thread.Sleep(Random.Shared.Next(10, 100) * attempt);
            }
        }
    }

    /// <summary>
    /// Merges several reports in one transaction, each all-or-nothing: a report that breaks a rule or
    /// a constraint is rolled back alone (its outcome carries the error) and the others are committed
    /// together. Each docket is written in a savepoint of its own, or with other new cases in one
    /// (<see cref="WriteNew"/>). One commit for many dockets is what makes a bulk load fast: SQLite
    /// writes every page a transaction touched at its commit, and consecutive dockets touch the same
    /// index pages. When the server breaks a deadlock, the whole batch is tried again.
    /// </summary>
    public static IReadOnlyList<DocketOutcome> ImportBatch(ClerkStore store, IReadOnlyList<DocketToImport> dockets) =>
        // A docket too large to hold is written the way SQLite writes by default, its journals and
        // sorts spilling to temporary files: held in memory, they took a hundred megabytes and more
        // for a million entries.
        dockets.Any(d => d.ReadEntries is not null)
            ? ImportAll(store, store.Db, dockets)
            : BulkWriting(store.Db, () => ImportAll(store, store.Db, dockets));

    private static IReadOnlyList<DocketOutcome> ImportAll(ClerkStore store, ClerkDbContext db, IReadOnlyList<DocketToImport> dockets)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var tx = db.Database.BeginTransaction();
                var outcomes = new DocketOutcome[dockets.Count];
                var group = new NewDockets();
                // For each docket looked up ahead: whether its case is new and its report cites nothing stored.
                var isNew = new Dictionary<int, bool>();
                for (var i = 0; i < dockets.Count; i++)
                {
                    var d = dockets[i];
                    if (group.MayTake(d))
                    {
                        if (!isNew.ContainsKey(i))
                        {
                            LookUpNew(db, dockets, group.Window(dockets, i), isNew);
                        }

                        if (isNew[i])
                        {
                            try
                            {
                                group.Add(i, d, DocketPlan.Of(new DocketState { IsNewCase = true }, d.Report, d.Case, d.Partial));
                            }
                            catch (Exception e) when (e is DomainRuleException or ArgumentException)
                            {
                                outcomes[i] = new DocketOutcome(null, e);
                            }

                            if (group.IsFull)
                            {
                                WriteNew(store, db, tx, group, outcomes);
                            }

                            continue;
                        }
                    }

                    // What follows may read what the group writes (a stored case, the facts a report
                    // names outside itself), so the group is written first, as one by one would have.
                    WriteNew(store, db, tx, group, outcomes);
                    outcomes[i] = ImportInSavepoint(store, db, tx, d);
                }

                WriteNew(store, db, tx, group, outcomes);

                // A batch of which nothing was stored commits nothing, so the data version stays.
                if (outcomes.All(o => o.Error is not null))
                {
                    tx.Rollback();
                }
                else
                {
                    tx.Commit();
                }

                return outcomes;
            }
            catch (System.Data.Common.DbException e) when (attempt < 5 && db.Provider!.IsRetryable(e))
            {
                Thread.Sleep(Random.Shared.Next(10, 100) * attempt);
            }
        }
    }

    /// <summary>
    /// Locks the cases of the dockets at <paramref name="window"/> and notes for each whether its
    /// case is new and its report cites nothing stored (what <see cref="Read"/> would find of it
    /// before it is written): three statements for the window, where each docket was three of its own.
    /// </summary>
    private static void LookUpNew(ClerkDbContext db, IReadOnlyList<DocketToImport> dockets, IReadOnlyList<int> window, Dictionary<int, bool> isNew)
    {
        var provider = db.Provider!;
        List<string> cases = [.. window.Select(i => dockets[i].Case.Value)];
        List<string> reports = [.. window.Select(i => dockets[i].Report.Sources[0].Id.Value)];
        provider.LockCases(db, cases);
        var stored = Strings(Bound(db, $"SELECT \"Id\" FROM \"Cases\" WHERE \"Id\" IN ({provider.TextsOf("@p0")})", System.Text.Json.JsonSerializer.Serialize(cases)));
        var citing = Strings(Bound(db, $"SELECT r.\"value\" FROM ({provider.TextsOf("@p0")}) r WHERE EXISTS (SELECT 1 FROM \"Citations\" c WHERE c.\"Source\" = r.\"value\")", System.Text.Json.JsonSerializer.Serialize(reports)));
        for (var k = 0; k < window.Count; k++)
        {
            isNew[window[k]] = !stored.Contains(cases[k]) && !citing.Contains(reports[k]);
        }
    }

    private static HashSet<string> Strings(BulkWrite.Statement statement)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        using var reader = statement.Prepared().ExecuteReader();
        while (reader.Read())
        {
            strings.Add(reader.GetString(0));
        }

        return strings;
    }

    /// <summary>
    /// Merges one docket of a batch inside a savepoint of its own: an error rolls back this docket
    /// alone and becomes its outcome.
    /// </summary>
    private static DocketOutcome ImportInSavepoint(ClerkStore store, ClerkDbContext db, IDbContextTransaction tx, DocketToImport d)
    {
        tx.CreateSavepoint("docket");
        try
        {
            var violations = d.NeedsNoCheck ? [] : d.Report.Violations(store.IsStored);
            if (violations.Count > 0)
            {
                throw new MatterRejectedException(violations);
            }

            db.Provider!.LockCase(db, d.Case.Value);
            var state = Read(db, d.Case, d.Report.Sources.Single().Id, entries: d.ReadEntries is null);

            ImportResult result;
            if (d.ReadEntries is { } read)
            {
                result = state.IsNewCase ? ImportNewInSlices(db, d, state, read) : MergeInSlices(db, d, state, read);
            }
            else
            {
                var plan = DocketPlan.Of(state, d.Report, d.Case, d.Partial);
                Apply(db, [new Planned(d.Report, plan, state.IsNewCase ? d.Case : null)]);
                result = plan.Result;
            }

            tx.ReleaseSavepoint("docket");
            return new DocketOutcome(result, null);
        }
        // An IOException or a FormatException: a report whose entries are read as they are written
        // could not be read to its end (its file changed, a batch of its rows cannot be parsed).
        catch (Exception e) when (IsDocketsOwn(db, e))
        {
            if (!RolledBackTo(tx, "docket"))
            {
                // The transaction is gone with the connection (a lost server, a command timed out):
                // the batch failed, not this docket, and the error that ended it is the one to tell.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
            }

            return new DocketOutcome(null, e);
        }
    }

    // An error that is one docket's own, not the batch's: that docket is rolled back alone.
    private static bool IsDocketsOwn(ClerkDbContext db, Exception e) =>
        e is MatterRejectedException or DomainRuleException or ArgumentException or IOException or FormatException
        || (e is System.Data.Common.DbException de && !db.Provider!.IsRetryable(de));

    /// <summary>
    /// Writes the group's new cases together, in one savepoint: each table's rows for all of them in
    /// the same few statements, where one by one each docket was a score of statements and a
    /// savepoint of its own (on PostgreSQL, four round trips a docket). When any of them fails, the
    /// group is rolled back and written one by one, so that the error is the failing docket's alone.
    /// </summary>
    private static void WriteNew(ClerkStore store, ClerkDbContext db, IDbContextTransaction tx, NewDockets group, DocketOutcome[] outcomes)
    {
        if (group.Count == 0)
        {
            return;
        }

        tx.CreateSavepoint("dockets");
        try
        {
            Apply(db, [.. group.Members.Select(m => new Planned(m.Docket.Report, m.Plan, m.Docket.Case))]);
            tx.ReleaseSavepoint("dockets");
            foreach (var (index, _, plan) in group.Members)
            {
                outcomes[index] = new DocketOutcome(plan.Result, null);
            }
        }
        catch (Exception e) when (IsDocketsOwn(db, e))
        {
            if (!RolledBackTo(tx, "dockets"))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
            }

            foreach (var (index, docket, _) in group.Members)
            {
                outcomes[index] = ImportInSavepoint(store, db, tx, docket);
            }
        }

        group.Clear();
    }

    // Entries read from a report too large to hold are written this many at a time.
    private const int EntriesPerSlice = 10_000;

    // The entries read, a slice at a time, parsed on another core two slices ahead of the writer.
    private static IEnumerable<(DocketEntry Entry, Citation Citation)[]> Slices(IEnumerable<(DocketEntry Entry, Citation Citation)> read) =>
        ReadAhead.Of(read.Chunk(EntriesPerSlice), 2);

    /// <summary>
    /// Writes a new case whose entries are read as they come (<see cref="DocketToImport.ReadEntries"/>):
    /// its other facts first, then its entries and their citations a slice at a time, so that only a
    /// slice is held. The result is what <see cref="DocketPlan.Of"/> would give for the whole report:
    /// the docket is ordered by filing date, an undated entry after the entry before it, and within a
    /// day in the report's order; entries found out of that order are moved once all are written.
    /// </summary>
    private static ImportResult ImportNewInSlices(ClerkDbContext db, DocketToImport d, DocketState state, IEnumerable<(DocketEntry Entry, Citation Citation)> read)
    {
        var plan = DocketPlan.Of(state, d.Report, d.Case, d.Partial);
        Apply(db, [new Planned(d.Report, plan, d.Case)]);

        // Each entry's filing date, or the last one before it: the date it is ordered by.
        var dates = new List<LocalDate>();
        LocalDate? latest = null;
        var inOrder = true;
        foreach (var slice in Slices(read))
        {
            var entries = new List<DocketEntry>(slice.Length);
            foreach (var (entry, _) in slice)
            {
                if (entry.DateFiled is { } filed)
                {
                    inOrder &= dates.Count == 0 || filed >= dates[^1];
                    latest = latest is { } l && l >= filed ? l : filed;
                }

                dates.Add(entry.DateFiled ?? (dates.Count > 0 ? dates[^1] : LocalDate.MinIsoValue));
                entries.Add(entry.AtSequence(dates.Count));
            }

            BulkWrite.Insert(db, entries);
            BulkWrite.Insert(db, CitationRows.Of(new Matter { Entries = entries, Citations = [.. slice.Select(x => x.Citation)] }).EntryRows);
        }

        if (!inOrder)
        {
            MoveIntoDateOrder(db, d.Case, dates);
        }

        // The report's latest filing date is known only now that every entry is read.
        BulkWrite.Upsert(db, [new DocketReport(d.Case, d.Report.Sources[0].Id, latest, d.Partial)]);
        return new ImportResult(dates.Count, 0, 0, 0, plan.Newest);
    }

    /// <summary>
    /// Merges a report whose entries are read as they come (<see cref="DocketToImport.ReadEntries"/>)
    /// into a case already stored, holding outlines of the entries rather than the entries
    /// (<see cref="EntryMerge"/>). The report is read twice: first for its entries' outlines and its
    /// latest date, which decides whether it is the newest, then, once the merge is decided, for the
    /// entries and citations to be written, a slice at a time; the second reading stops after the last
    /// of them, and is left out when nothing is written. Stored entries that only move are moved by key.
    /// </summary>
    private static ImportResult MergeInSlices(ClerkDbContext db, DocketToImport d, DocketState state, IEnumerable<(DocketEntry Entry, Citation Citation)> read)
    {
        var source = d.Report.Sources[0].Id;
        var merge = new EntryMerge(StoredOutlines(db, d.Case, source));
        foreach (var slice in Slices(read))
        {
            foreach (var (entry, citation) in slice)
            {
                merge.Add(EntryOutline.Of(entry, cited: true, citation.Detail));
            }
        }

        var plan = DocketPlan.WithoutEntries(state, d.Report, d.Case, d.Partial, merge.Latest, merge.Stored.Count > 0, merge.Stored.Max(e => e.Filed));
        Apply(db, [new Planned(d.Report, plan, NewCase: null)]);
        var decision = merge.Decide(plan.Newest);

        var last = decision.LastWrite;
        var i = 0;
        foreach (var slice in last < 0 ? [] : Slices(read.Take(last + 1)))
        {
            var (insert, update, cite, recite) = (new List<DocketEntry>(), new List<DocketEntry>(), new List<EntryCitationRow>(), new List<EntryCitationRow>());
            foreach (var (entry, citation) in slice)
            {
                if (entry.Key != merge.KeyOf(i))
                {
                    throw new IOException($"report {source}: its entries read a second time are not those read the first time (entry {i + 1} was {merge.KeyOf(i)}, now {entry.Key})");
                }

                var write = decision.Writes[i];
                if (write.HasFlag(EntryWrite.Insert))
                {
                    insert.Add(entry.AtSequence(decision.Places[i]));
                }
                else if (write.HasFlag(EntryWrite.Update))
                {
                    update.Add(entry.AtSequence(decision.Places[i]));
                }

                var row = EntryCitationRow.Of(entry, citation);
                if (write.HasFlag(EntryWrite.InsertCitation))
                {
                    cite.Add(row);
                }
                else if (write.HasFlag(EntryWrite.UpdateCitation))
                {
                    recite.Add(row);
                }

                i++;
            }

            BulkWrite.Update(db, update);
            BulkWrite.Insert(db, insert);
            BulkWrite.Update(db, recite);
            BulkWrite.Insert(db, cite);
        }

        if (i != last + 1)
        {
            throw new IOException($"report {source}: read a second time, it lists {i} entries, not {merge.Count}");
        }

        Renumber(db, "Key", decision.Moves.Select(m => new Move(d.Case.Value, m.Key, m.Sequence)));
        return decision.Result;
    }

    // An entry of the case found by its key or its place (From), and its new place.
    private sealed record Move(string Case, object From, int To);

    private static readonly BulkWrite.Column[] MoveColumns =
    [
        new("\"Case\"", m => ((Move)m).Case, null, "text"),
        new("\"From\"", m => ((Move)m).From, null, ""),
        new("\"To\"", m => ((Move)m).To, null, "integer"),
    ];

    /// <summary>
    /// Gives entries new places, finding each by the column <paramref name="by"/> ("Key" or
    /// "Sequence"), a few hundred to a statement: a statement each cost PostgreSQL a round trip per
    /// entry, most of the four and a half minutes of a report that moved a million.
    /// </summary>
    private static void Renumber(ClerkDbContext db, string by, IEnumerable<Move> moves)
    {
        foreach (var slice in moves.Chunk(EntriesPerSlice))
        {
            BulkWrite.InChunks(db, slice, MoveColumns, BulkWrite.RowsPerStatement(MoveColumns.Length), rows =>
                $"UPDATE \"Entries\" SET \"Sequence\" = v.column3 FROM (VALUES {BulkWrite.Rows(rows, 3)}) AS v WHERE \"Entries\".\"Case\" = v.column1 AND \"Entries\".\"{by}\" = v.column2");
        }
    }

    // A stored entry and the detail of the report's citation of it (CitedBy is null when it does not cite it).
    private sealed record StoredEntryRow(string Key, int Sequence, string? Number, LocalDate? DateFiled, LocalDate? DateEntered, string Description, string? CitedBy, string? Detail);

    /// <summary>The outlines of the case's entries in docket order, read one row at a time.</summary>
    private static List<EntryOutline> StoredOutlines(ClerkDbContext db, CaseId caseId, SourceId reportId)
    {
        // Counted first, so that a million outlines are not copied as their list grows.
        var outlines = new List<EntryOutline>(Convert.ToInt32(
            Bound(db, "SELECT count(*) FROM \"Entries\" WHERE \"Case\" = @p0", caseId.Value).Prepared().ExecuteScalar(),
            System.Globalization.CultureInfo.InvariantCulture));
        var rows = Bound(
            db,
            "SELECT e.\"Key\", e.\"Sequence\", e.\"Number\", e.\"DateFiled\", e.\"DateEntered\", e.\"Description\", c.\"Source\" AS \"CitedBy\", c.\"Detail\" "
                + "FROM \"Entries\" e LEFT JOIN \"EntryCitations\" c ON c.\"Case\" = e.\"Case\" AND c.\"EntryKey\" = e.\"Key\" AND c.\"Source\" = @p1 "
                + "WHERE e.\"Case\" = @p0 ORDER BY e.\"Sequence\"",
            caseId.Value,
            reportId.Value);
        foreach (var r in RowReader.Stream<StoredEntryRow>(rows.Prepared()))
        {
            outlines.Add(new EntryOutline(
                r.Key, r.Sequence, r.DateFiled, EntryOutline.ContentOf(r.Number, r.DateFiled, r.DateEntered, r.Description), r.CitedBy is null ? 0 : EntryOutline.CitedOf(r.Detail)));
        }

        return outlines;
    }

    // Gives each entry of the case (numbered 1, 2, … in the report's order) its place in the order of
    // `dates`, equal dates keeping the report's order. Each moved entry is first parked at the
    // negative of its number, so that no two entries share a number while they move.
    private static void MoveIntoDateOrder(ClerkDbContext db, CaseId caseId, List<LocalDate> dates)
    {
        var order = Enumerable.Range(0, dates.Count).OrderBy(i => dates[i]).ToArray();
        var moved = Enumerable.Range(0, order.Length).Where(place => order[place] != place).ToList();
        Renumber(db, "Sequence", moved.Select(place => new Move(caseId.Value, order[place] + 1, -(order[place] + 1))));
        Renumber(db, "Sequence", moved.Select(place => new Move(caseId.Value, -(order[place] + 1), place + 1)));
    }

    // Rolls the transaction back to the savepoint; false when there is no transaction left to roll back.
    private static bool RolledBackTo(IDbContextTransaction tx, string savepoint)
    {
        try
        {
            tx.RollbackToSavepoint(savepoint);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>What is stored about <paramref name="caseId"/> that a report <paramref name="reportId"/> can change.</summary>
    /// <param name="entries">False to leave out the case's entries and the report's citations of them (<see cref="MergeInSlices"/> reads their outlines).</param>
    internal static DocketState Read(ClerkDbContext db, CaseId caseId, SourceId reportId, bool entries = true)
    {
        List<T> Q<T>(string sql, params object[] args) => RowReader.Query<T>(Bound(db, sql, args).Prepared());
        var key = caseId.Value;
        var reportCitations = Q<Citation>("SELECT \"Source\", \"Fact\", \"Detail\" FROM \"Citations\" WHERE \"Source\" = @p0", reportId.Value);

        // A case not stored yet has nothing that hangs off it (every such table's foreign key names
        // the case): most dockets of a first import, which then skip five reads.
        if (Bound(db, "SELECT count(*) FROM \"Cases\" WHERE \"Id\" = @p0", key).Prepared().ExecuteScalar() is 0L or 0)
        {
            return new DocketState { Citations = reportCitations, IsNewCase = true };
        }

        return new DocketState
        {
            Entries = entries ? Q<DocketEntry>("SELECT * FROM \"Entries\" WHERE \"Case\" = @p0 ORDER BY \"Sequence\"", key) : [],
            Participations = Q<Participation>("SELECT * FROM \"Participations\" WHERE \"Case\" = @p0", key),
            Counsel = Q<Counsel>("SELECT * FROM \"Counsel\" WHERE \"Case\" = @p0", key),
            Charges = Q<Charge>("SELECT * FROM \"Charges\" WHERE \"Case\" = @p0", key),
            Citations = entries
                ? [.. reportCitations, .. Q<Citation>($"{EntryCitationRow.CitationColumns} WHERE \"Case\" = @p0 AND \"Source\" = @p1", key, reportId.Value)]
                : reportCitations,
            Reports = Q<DocketReport>("SELECT * FROM \"DocketReports\" WHERE \"Case\" = @p0", key),
        };
    }

    // Plain indexed SQL, each statement prepared once for the whole import: per docket, EF's query
    // pipeline, and then compiling the same seven statements again, cost more than the reading.
    private static BulkWrite.Statement Bound(ClerkDbContext db, string sql, params object[] args)
    {
        var statement = BulkWrite.Statement.For(db, sql, args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            statement.Parameters[i].Value = args[i];
        }

        return statement;
    }

    private static readonly BulkWrite.Column[] DeferredColumns = [new("\"Case\"", c => c, null, "text")];

    // One docket's report, the plan of its merge, and its case when the case is new.
    private sealed record Planned(Matter Report, DocketPlan Plan, CaseId? NewCase);

    // Deletes first (citations of deleted facts go with them), then what others refer to, then the
    // rows that refer to it: the order the foreign keys need. A new case's search documents are made
    // at commit, in one statement per kind, rather than by the triggers row by row (SearchDeferred).
    // Several dockets' rows of a table are written by the same statements, in the dockets' order.
    private static void Apply(ClerkDbContext db, IReadOnlyList<Planned> dockets)
    {
        IEnumerable<T> All<T>(Func<DocketPlan, IEnumerable<T>> rows) => dockets.SelectMany(d => rows(d.Plan));
        var updated = dockets.Select(d => CitationRows.Of(d.Report with { Citations = d.Plan.Citations.Update })).ToList();
        var inserted = dockets.Select(d => CitationRows.Of(d.Report with { Citations = d.Plan.Citations.Insert })).ToList();
        var deferred = dockets.Where(d => d.NewCase is not null).Select(d => d.NewCase!.Value.Value).ToList();
        BulkWrite.Together(db, () =>
        {
            BulkWrite.InChunks(db, deferred, DeferredColumns, BulkWrite.RowsPerStatement(1), rows => $"INSERT INTO \"SearchDeferred\" (\"Case\") VALUES {BulkWrite.Rows(rows, 1)}");
            BulkWrite.Delete(db, All(p => p.Participations.Delete));
            BulkWrite.Delete(db, All(p => p.Counsel.Delete));
            BulkWrite.Delete(db, All(p => p.Charges.Delete));

            BulkWrite.Upsert(db, All(p => p.Upserts.Sources));
            BulkWrite.Upsert(db, All(p => p.Upserts.Courts));
            BulkWrite.Upsert(db, All(p => p.Upserts.Judges));
            BulkWrite.Upsert(db, All(p => p.Upserts.Incidents));
            BulkWrite.Upsert(db, All(p => p.Upserts.Parties));
            BulkWrite.Upsert(db, All(p => p.Upserts.Attorneys));
            BulkWrite.Upsert(db, All(p => p.Upserts.Cases));
            BulkWrite.Upsert(db, All(p => p.Upserts.CaseIncidents));
            BulkWrite.Upsert(db, All(p => p.Upserts.CaseLinks));
            BulkWrite.Upsert(db, All(p => p.Reports.Insert.Concat(p.Reports.Update)));

            BulkWrite.Update(db, All(p => p.Entries.Update));
            BulkWrite.Insert(db, All(p => p.Entries.Insert));
            BulkWrite.Update(db, All(p => p.Participations.Update));
            BulkWrite.Insert(db, All(p => p.Participations.Insert));
            BulkWrite.Update(db, All(p => p.Counsel.Update));
            BulkWrite.Insert(db, All(p => p.Counsel.Insert));
            BulkWrite.Update(db, All(p => p.Charges.Update));
            BulkWrite.Insert(db, All(p => p.Charges.Insert));

            BulkWrite.Update(db, updated.SelectMany(c => c.Rows));
            BulkWrite.Update(db, updated.SelectMany(c => c.EntryRows));
            BulkWrite.Insert(db, inserted.SelectMany(c => c.Rows));
            BulkWrite.Insert(db, inserted.SelectMany(c => c.EntryRows));
        });
    }
}
