using System.Data.Common;
using Clerk.Domain;
using Clerk.Store.Rows;
using Clerk.Store.Search;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store;

/// <summary>
/// Clerk's database, opened and migrated to the current schema. Each write method is one
/// transaction: it writes everything it was given or nothing.
/// </summary>
public sealed class ClerkStore : IDisposable
{
    private readonly DbConnection _connection;
    private readonly Providers.StoreProvider _provider;
    private ClerkDbContext? _db;

    private ClerkStore(StoreOptions options, Providers.StoreProvider provider, DbConnection connection)
    {
        Options = options;
        _provider = provider;
        _connection = connection;
    }

    public StoreOptions Options { get; }

    /// <summary>
    /// The EF Core context, for writes and for queries the methods here do not cover. It is made on
    /// first use: building EF's model costs a short-lived read more than its queries.
    /// </summary>
    public ClerkDbContext Db => _db ??= NewContext();

    // Commits count (raise DataVersion) once the schema is current; the migrations' own do not.
    private bool _schemaCurrent;

    private ClerkDbContext NewContext()
    {
        var db = _provider.NewContext(_connection);
        db.CountsWrites = _schemaCurrent;
        // A save of one statement gets a transaction too, or it would commit without raising DataVersion.
        db.Database.AutoTransactionBehavior = Microsoft.EntityFrameworkCore.AutoTransactionBehavior.Always;
        return db;
    }

    private void SchemaIsCurrent()
    {
        _provider.SchemaIsCurrent(_connection);
        _schemaCurrent = true;
        _db?.CountsWrites = true;
    }

    /// <summary>
    /// The number every committed write raises (<see cref="Versions.DataVersion"/>): while it reads the
    /// same, nothing in the store has changed. One read by primary key, no EF model.
    /// </summary>
    public async Task<long> DataVersionAsync(CancellationToken ct = default)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _db?.OpenTransaction;
        command.CommandText = "SELECT \"Value\" FROM \"DataVersion\" WHERE \"Id\" = 1";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The store's own connection (for checks and reads that need no EF model).</summary>
    internal DbConnection Connection => _connection;

    internal Providers.StoreProvider Provider => _provider;

    /// <summary>Rows of <paramref name="sql"/> read without EF Core, inside the write transaction when one is open.</summary>
    internal Task<List<T>> QueryAsync<T>(string sql, CancellationToken ct, params object?[] args) =>
        Reading.RowReader.QueryAsync<T>(_connection, _db?.OpenTransaction, sql, ct, args);

    /// <summary>
    /// Opens the database and applies pending migrations (an SQLite file made by an earlier release is
    /// copied aside first, to <c>PATH.before-MIGRATION</c>). With <paramref name="create"/> false (a
    /// command that only reads), a missing database is an error instead of a new, empty one.
    /// </summary>
    /// <exception cref="StoreException">The database is missing (and not to be created), was made by a newer Clerk, is not a Clerk database, or cannot be reached.</exception>
    public static ClerkStore Open(StoreOptions options, bool create = true)
    {
        ClerkStore? store = null;
        try
        {
            var provider = options.Provider;
            store = new ClerkStore(options, provider, provider.Connect(create));
            if (options.LongLived && SchemaChecked.ContainsKey(options.ConnectionString ?? options.Path))
            {
                store.SchemaIsCurrent();
                return store;
            }

            var known = provider.KnownMigrations;
            var applied = provider.AppliedMigrations(store._connection);
            var unknown = applied.Except(known).ToList();
            if (unknown.Count > 0)
            {
                throw new StoreException(options.Path,
                    $"made by a newer Clerk (its schema is at {applied[^1]}; this Clerk knows up to {known[^1]}): open it with that version or newer; nothing was changed");
            }

            // Migrating takes a write lock even when there is nothing to apply; checking first keeps
            // a read-only command from touching the database.
            if (applied.Count < known.Count)
            {
                if (applied.Count > 0)
                {
                    provider.BeforeMigrating(store._connection, known[applied.Count]);
                }

                var db = store.Db;
                // A migration may rebuild an index over millions of rows (SearchBuckets: minutes at ten
                // million entries); the usual 30 s would cut it off and roll it back.
                db.Database.SetCommandTimeout(0);
                provider.WhileMigrating(store._connection, () => db.Database.Migrate());
                db.Database.SetCommandTimeout(null);
            }

            store.SchemaIsCurrent();
            SchemaChecked.TryAdd(options.ConnectionString ?? options.Path, true);
            return store;
        }
        catch (DbException e)
        {
            store?.Dispose();
            throw new StoreException(options.Path, e.Message, e);
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException inner)
        {
            // EF's execution strategy wraps what it judged transient (a timeout, a dropped connection).
            store?.Dispose();
            throw new StoreException(options.Path, inner.Message, e);
        }
        catch
        {
            store?.Dispose();
            throw;
        }
    }

    // Databases this process found at its schema (for long-lived stores: see StoreOptions.LongLived).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> SchemaChecked = new(StringComparer.Ordinal);

    /// <summary>
    /// Every SQLite migration this build knows, oldest first. Written out rather than found by
    /// reflection, which loads EF Core into a process that only reads; a test holds it to EF's list.
    /// A new migration is added here and to <see cref="KnownPostgresMigrations"/> (scripts/add-migration).
    /// </summary>
    internal static readonly string[] KnownMigrations = ["20261124010403_Initial", "20261203090522_StableKeys", "20261203124620_Search", "20261203125031_WebAccounts", "20261203133808_PartialReports", "20261203191024_DataVersion", "20261204032718_CompactEntryCitations", "20261204163000_DeferredSearch", "20261205070000_NewestFirstSearch", "20261206040000_BulkSearch"];

    /// <summary>
    /// The same for PostgreSQL. A new PostgreSQL database needs no data carried forward from earlier
    /// releases, so its history starts at the schema of the StableKeys migration.
    /// </summary>
    internal static readonly string[] KnownPostgresMigrations = ["20261203123926_Initial", "20261203133026_Search", "20261203140904_PartialReports", "20261203142947_WebAccounts", "20261203191032_DataVersion", "20261204032729_CompactEntryCitations", "20261206040000_BulkSearch", "20261206190000_SearchBuckets", "20261206210000_SearchWords", "20261207080000_LongTexts"];

    /// <summary>Marks the database as one <c>clerk demo</c> made (outside the schema; see the CLI's DemoDatabase).</summary>
    public void StampDemo() => _provider.StampDemo(_connection);

    /// <summary>
    /// Adds or updates every fact of <paramref name="matter"/>, keyed by its id, in one transaction.
    /// Saving the same matter twice changes nothing. References may point to facts already stored.
    /// </summary>
    /// <exception cref="MatterRejectedException">The matter breaks a rule; nothing was written.</exception>
    public SaveResult Save(Matter matter)
    {
        var violations = matter.Violations(IsStored);
        if (violations.Count > 0)
        {
            throw new MatterRejectedException(violations);
        }

        using var tx = Db.Database.BeginTransaction();
        DropEntriesReplacedBy(matter);
        var result = Upsert(matter);
        tx.Commit();
        return result;
    }

    // A matter file says what is at each place of its cases' dockets: a stored entry at a place the
    // file fills with another entry (its text changed, so its key did) is deleted with its citations.
    // Entries at places the file does not list (imported from reports) are kept.
    private void DropEntriesReplacedBy(Matter matter)
    {
        foreach (var group in matter.Entries.GroupBy(e => e.Case))
        {
            var caseId = group.Key;
            var wanted = group.ToDictionary(e => e.Sequence, e => e.Key);
            var replaced = Db.Entries.AsNoTracking().Where(e => e.Case == caseId).AsEnumerable()
                .Where(e => wanted.TryGetValue(e.Sequence, out var key) && key != e.Key && !wanted.ContainsValue(e.Key))
                .ToList();
            BulkWrite.Delete(Db, replaced);
        }
    }

    /// <summary>
    /// Imports one docket report's facts about <paramref name="caseId"/>, merging its docket entries
    /// with those stored (see <see cref="Merging.DocketPlan"/>), in one transaction.
    /// </summary>
    /// <param name="matter">The report's facts.</param>
    /// <param name="caseId">The case the report is the docket of.</param>
    /// <param name="partial">For a report cut short and imported as far as it goes, where it ends; the case is then partial until a complete report of it is imported.</param>
    /// <exception cref="MatterRejectedException">The facts break a rule; nothing was written.</exception>
    public ImportResult ImportDocket(Matter matter, CaseId caseId, string? partial = null) => Merging.DocketMerge.Import(this, matter, caseId, partial);

    /// <summary>
    /// Imports several docket reports in one transaction, each all-or-nothing: a report that breaks a
    /// rule (<see cref="MatterRejectedException"/>) or a constraint leaves nothing of itself, and its
    /// outcome says why; the others are stored. Merged in the order given, as one
    /// <see cref="ImportDocket"/> after another would merge them.
    /// </summary>
    public IReadOnlyList<DocketOutcome> ImportDockets(IReadOnlyList<DocketToImport> dockets) => Merging.DocketMerge.ImportBatch(this, dockets);

    /// <summary>
    /// Tidies the database after a bulk load, so that reads are as fast as they would be after many
    /// small writes: on SQLite, FTS5 merges its index into one segment (a load leaves dozens, each of
    /// which every search reads: at ten million entries, 70 ms against 30 ms for a phrase); on
    /// PostgreSQL, the planner's statistics are taken afresh. Seconds at ten million entries, whatever
    /// the load, so a writer calls it after loads of <see cref="BulkLoadEntries"/> entries or more.
    /// </summary>
    public void AfterBulkLoad()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = _provider.AfterBulkLoad;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    /// <summary>How many docket entries make a load bulk enough to tidy after (<see cref="AfterBulkLoad"/>).</summary>
    public const long BulkLoadEntries = 100_000;

    // Adds or updates every fact by key inside the caller's transaction.
    internal SaveResult Upsert(Matter matter)
    {
        var (added, updated, unchanged) = (0, 0, 0);

        // The kinds a large matter has many of are read beforehand, one query per kind (per case for
        // entries), and looked up by key: Find asks the database for each fact not yet tracked
        // (100,000 queries for an exported case of 50,000 entries), and the change tracker's own
        // lookup, DbSet.Local, detects changes in everything tracked at each call.
        var partyIds = matter.Parties.Select(p => p.Id).ToList();
        var parties = partyIds.Count == 0 ? [] : Db.Parties.Where(p => partyIds.Contains(p.Id)).ToDictionary(p => p.Id);
        var attorneyIds = matter.Attorneys.Select(a => a.Id).ToList();
        var attorneys = attorneyIds.Count == 0 ? [] : Db.Attorneys.Where(a => attorneyIds.Contains(a.Id)).ToDictionary(a => a.Id);
        var entries = new Dictionary<(CaseId, string), DocketEntry>();
        var entryCitations = new Dictionary<(CaseId, string, SourceId), EntryCitationRow>();
        foreach (var ofCase in matter.Entries.GroupBy(e => e.Case))
        {
            var (caseId, keys) = (ofCase.Key, ofCase.Select(e => e.Key).ToList());
            foreach (var e in Db.Entries.Where(e => e.Case == caseId && keys.Contains(e.Key)))
            {
                entries[(e.Case, e.Key)] = e;
            }

            foreach (var c in Db.EntryCitations.Where(c => c.Case == caseId && keys.Contains(c.EntryKey)))
            {
                entryCitations[(c.Case, c.EntryKey, c.Source)] = c;
            }
        }

        void Count(EntityState state)
        {
            switch (state)
            {
                case EntityState.Added: added++; break;
                case EntityState.Modified: updated++; break;
                default: unchanged++; break;
            }
        }

        void Put<T>(IEnumerable<T> items)
            where T : class
        {
            foreach (var item in items)
            {
                Count(Upsert(item));
            }
        }

        // Against the versions read beforehand; what this save adds joins them, so that a fact given
        // twice is added once, as Find, which sees what is tracked, would have it.
        void PutKnown<TKey, T>(IEnumerable<T> items, Func<T, TKey> key, Dictionary<TKey, T> known)
            where TKey : notnull
            where T : class
        {
            foreach (var item in items)
            {
                if (known.TryGetValue(key(item), out var existing))
                {
                    Count(Refresh(existing, item));
                }
                else
                {
                    Db.Set<T>().Add(item);
                    known[key(item)] = item;
                    added++;
                }
            }
        }

        Put(matter.Sources);
        Put(matter.Courts);
        Put(matter.Judges);
        Put(matter.Incidents);
        PutKnown(matter.Parties, p => p.Id, parties);
        PutKnown(matter.Attorneys, a => a.Id, attorneys);
        Put(matter.Cases);
        Put(matter.CaseIncidents);
        Put(matter.CaseLinks);
        Put(matter.Participations);
        Put(matter.Counsel);
        PutKnown(matter.Entries, e => (e.Case, e.Key), entries);
        Put(matter.Motions);
        Put(matter.Charges);
        Put(matter.Claims);
        Put(matter.Statements);
        Put(matter.Questions);
        var (citationRows, entryCitationRows) = CitationRows.Of(matter);
        Put(citationRows);
        PutKnown(entryCitationRows, c => (c.Case, c.EntryKey, c.Source), entryCitations);
        Db.SaveChanges();
        Db.ChangeTracker.Clear();
        return new SaveResult(added, updated, unchanged);
    }

    /// <summary>Adds or replaces one source.</summary>
    public SaveResult Save(Source source) => Save(new Matter { Sources = [source] });

    // Whether a docket entry named CASE#KEY is stored; either part may hold a '#', so each split is tried.
    private bool IsStoredEntry(string name)
    {
        for (var hash = name.IndexOf('#', StringComparison.Ordinal); hash > 0; hash = name.IndexOf('#', hash + 1))
        {
            var (c, key) = (new CaseId(name[..hash]), name[(hash + 1)..]);
            if (Db.Entries.Any(x => x.Case == c && x.Key == key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the fact is in the database.</summary>
    public bool IsStored(FactRef fact) => fact.Kind switch
    {
        FactKind.Source => Db.Sources.Any(x => x.Id == new SourceId(fact.Key)),
        FactKind.Court => Db.Courts.Any(x => x.Id == new CourtId(fact.Key)),
        FactKind.Judge => Db.Judges.Any(x => x.Id == new JudgeId(fact.Key)),
        FactKind.Incident => Db.Incidents.Any(x => x.Id == new IncidentId(fact.Key)),
        FactKind.Party => Db.Parties.Any(x => x.Id == new PartyId(fact.Key)),
        FactKind.Attorney => Db.Attorneys.Any(x => x.Id == new AttorneyId(fact.Key)),
        FactKind.Case => Db.Cases.Any(x => x.Id == new CaseId(fact.Key)),
        FactKind.Motion => Db.Motions.Any(x => x.Id == new MotionId(fact.Key)),
        FactKind.Charge => Db.Charges.Any(x => x.Id == new ChargeId(fact.Key)),
        FactKind.Claim => Db.Claims.Any(x => x.Id == new ClaimId(fact.Key)),
        FactKind.Statement => Db.Statements.Any(x => x.Id == new StatementId(fact.Key)),
        FactKind.Question => Db.Questions.Any(x => x.Id == new QuestionId(fact.Key)),
        FactKind.Participation or FactKind.Counsel or FactKind.CaseLink => Db.Citations.Any(x => x.Fact == fact),
        FactKind.DocketEntry => IsStoredEntry(fact.Key),
        _ => false,
    };

    /// <summary>The full-text index over the stored facts (kept in step by the database; see docs/search.md).</summary>
    public ISearchIndex Search => Options.IsServer
        ? new PostgresSearchIndex(_connection, Options.SearchLimits.Checked())
        : new SqliteSearchIndex(_connection, Options.SearchLimits.Checked());

    /// <summary>The cases that pass <paramref name="filter"/>, ordered by filing date then id.</summary>
    /// <exception cref="SearchQueryException">The filter's text is not a query the index reads.</exception>
    /// <remarks>Read without EF Core (<see cref="Reading.RowReader"/>): building the EF model cost `clerk cases` three times its queries.</remarks>
    public async Task<IReadOnlyList<Case>> CasesAsync(CaseFilter filter, CancellationToken ct = default)
    {
        var conditions = new List<string>();
        var args = new List<object?>();
        void Where(string condition, string value)
        {
            conditions.Add(condition.Replace("@p", $"@p{args.Count}", StringComparison.Ordinal));
            args.Add(value);
        }

        if (filter.Kind is { } kind) Where("c.\"Kind\" = @p", kind.ToString());
        if (filter.Status is { } status) Where("c.\"Status\" = @p", status.ToString());
        if (filter.Court is { } court) Where("c.\"Court\" = @p", court.Value);
        if (filter.Judge is { } judge) Where("c.\"Judge\" = @p", judge.Value);
        // By the index on Participations.Party.
        if (filter.Party is { } party) Where("EXISTS (SELECT 1 FROM \"Participations\" p WHERE p.\"Case\" = c.\"Id\" AND p.\"Party\" = @p)", party.Value);
        var sql = "SELECT c.* FROM \"Cases\" c WHERE 1 = 1" + string.Concat(conditions.Select(x => " AND " + x));
        var cases = new List<Case>();
        if (filter.Text is { Length: > 0 } text)
        {
            // Through the full-text index: the caption, the docket number, a party's or an attorney's name.
            var (match, filters) = SearchQueryParser.Parse(text);
            if (filters != new SearchFilters())
            {
                throw new SearchQueryException("--search takes words and phrases; give filters as --court, --kind, --judge and --party");
            }

            // The cases the index names, read a few hundred at a time (a common name names thousands).
            foreach (var chunk in (await this.Search.CasesNamedAsync(match, ct)).Chunk(500))
            {
                var named = string.Join(", ", chunk.Select((_, k) => $"@p{args.Count + k}"));
                cases.AddRange(await QueryAsync<Case>($"{sql} AND c.\"Id\" IN ({named})", ct, [.. args, .. chunk.Select(id => (object?)id.Value)]));
            }
        }
        else
        {
            cases = await QueryAsync<Case>(sql, ct, [.. args]);
        }

        // Ordered here with ordinal comparison, so every provider and collation gives one order.
        return [.. cases.OrderBy(c => c.Filed is null).ThenBy(c => c.Filed?.Earliest).ThenBy(c => c.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// One case with everything about it, as a self-contained matter: its court, judges, incidents,
    /// parties, counsel, docket, motions, charges, claims, statements, questions, the sources they
    /// cite, and the cases it links to (those as case records only).
    /// </summary>
    /// <returns>Null when no case has the id.</returns>
    public Task<Matter?> ReadCaseAsync(CaseId id, CancellationToken ct = default) =>
        Reading.CaseQuery.ReadAsync(_connection, _db?.OpenTransaction, id, ct);

    /// <summary>A case's own record with its citations only (a matter of one case and its citations); null when no case has the id.</summary>
    public Task<Matter?> ReadCaseRecordAsync(CaseId id, CancellationToken ct = default) =>
        Reading.CaseQuery.ReadRecordAsync(_connection, _db?.OpenTransaction, id, ct);

    /// <summary>
    /// Begins a write transaction; reads through this store (<see cref="ReadCaseAsync"/> too) take part
    /// in it. On SQLite it takes the write lock at once, so what is read inside it cannot change before
    /// the commit: a check of a record's version and the write that follows are one step.
    /// </summary>
    public Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction BeginWrite() => Db.Database.BeginTransaction();

    /// <summary>
    /// Writes facts the caller has checked against their whole case (the application layer's editors
    /// do), inside the caller's transaction. Each fact written keeps exactly the citations
    /// <paramref name="facts"/> gives it: citations of it by other sources are deleted.
    /// </summary>
    public void WriteChecked(Matter facts)
    {
        var entries = facts.Entries.DistinctBy(FactRef.Of).ToDictionary(FactRef.Of);
        foreach (var fact in facts.Facts())
        {
            var keep = facts.Citations.Where(c => c.Fact == fact).Select(c => c.Source).ToList();
            if (entries.TryGetValue(fact, out var e))
            {
                Db.EntryCitations.Where(c => c.Case == e.Case && c.EntryKey == e.Key && !keep.Contains(c.Source)).ExecuteDelete();
            }
            else
            {
                Db.Citations.Where(c => c.Fact == fact && !keep.Contains(c.Source)).ExecuteDelete();
            }
        }

        Upsert(facts);
    }

    /// <summary>Records a change to a record (see <see cref="History.ChangeRow"/>), inside the caller's transaction.</summary>
    public void AddChange(History.ChangeRow change)
    {
        Db.Changes.Add(change);
        Db.SaveChanges();
        Db.ChangeTracker.Clear();
    }

    /// <summary>The changes to one record, oldest first.</summary>
    public async Task<IReadOnlyList<History.ChangeRow>> ChangesAsync(FactRef fact, CancellationToken ct = default) =>
        await Db.Changes.AsNoTracking().Where(c => c.Fact == fact).OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>The changes to every record of a case, oldest first.</summary>
    public async Task<IReadOnlyList<History.ChangeRow>> CaseChangesAsync(CaseId id, CancellationToken ct = default) =>
        await Db.Changes.AsNoTracking().Where(c => c.Case == id).OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>
    /// Where the report that makes <paramref name="id"/> partial was cut short (a report imported with
    /// <c>--partial</c> and no complete report of the docket imported since), or null.
    /// </summary>
    public async Task<string?> PartialReportAsync(CaseId id, CancellationToken ct = default)
    {
        var reports = await Reading.RowReader.QueryAsync<DocketReport>(_connection,
            "SELECT * FROM \"DocketReports\" WHERE \"Case\" = @p0 AND \"Partial\" IS NOT NULL ORDER BY \"Source\"", ct, id.Value);
        return reports.Count > 0 ? reports[0].Partial : null;
    }

    /// <summary>
    /// Every case with what its deadlines are computed from (its court, its motions and its docket
    /// entries), one case at a time, in no particular order: the calendar across all cases reads the
    /// store in four statements instead of twenty per case. Cases, courts and motions are held while it
    /// runs (a row or two per case); docket entries stream, one case's at a time.
    /// </summary>
    public async IAsyncEnumerable<Matter> DeadlineInputsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var cases = (await QueryAsync<Case>("SELECT * FROM \"Cases\"", ct)).ToDictionary(c => c.Id);
        var courts = (await QueryAsync<Court>("SELECT * FROM \"Courts\"", ct)).ToDictionary(c => c.Id);
        var motions = (await QueryAsync<Motion>("SELECT * FROM \"Motions\"", ct)).ToLookup(m => m.Case);
        Matter Inputs(CaseId id, List<DocketEntry> entries) => new()
        {
            Cases = [cases[id]],
            Courts = courts.TryGetValue(cases[id].Court, out var court) ? [court] : [],
            Motions = [.. motions[id]],
            Entries = entries,
        };

        // Entries come grouped by case (equal ids sort together in any collation), each case's in docket order.
        var done = new HashSet<CaseId>();
        CaseId? current = null;
        var group = new List<DocketEntry>();
        await foreach (var entry in Reading.RowReader.StreamAsync<DocketEntry>(_connection, _db?.OpenTransaction, "SELECT * FROM \"Entries\" ORDER BY \"Case\", \"Sequence\"", ct))
        {
            if (entry.Case != current)
            {
                if (current is { } finished && done.Add(finished) && cases.ContainsKey(finished))
                {
                    yield return Inputs(finished, group);
                }

                current = entry.Case;
                group = [];
            }

            group.Add(entry);
        }

        if (current is { } last && done.Add(last) && cases.ContainsKey(last))
        {
            yield return Inputs(last, group);
        }

        foreach (var id in cases.Keys.Where(id => !done.Contains(id)))
        {
            yield return Inputs(id, []);
        }
    }

    /// <summary>Several cases as one matter: <see cref="ReadCaseAsync"/> of each, each fact once.</summary>
    public async Task<Matter> ReadCasesAsync(IEnumerable<CaseId> ids, CancellationToken ct = default)
    {
        var parts = new List<Matter>();
        foreach (var id in ids)
        {
            if (await ReadCaseAsync(id, ct) is { } part)
            {
                parts.Add(part);
            }
        }

        static IReadOnlyList<T> U<T, TKey>(IEnumerable<T> items, Func<T, TKey> key) => [.. items.DistinctBy(key)];
        return new Matter
        {
            Sources = U(parts.SelectMany(p => p.Sources), x => x.Id),
            Courts = U(parts.SelectMany(p => p.Courts), x => x.Id),
            Judges = U(parts.SelectMany(p => p.Judges), x => x.Id),
            Incidents = U(parts.SelectMany(p => p.Incidents), x => x.Id),
            Parties = U(parts.SelectMany(p => p.Parties), x => x.Id),
            Attorneys = U(parts.SelectMany(p => p.Attorneys), x => x.Id),
            Cases = U(parts.SelectMany(p => p.Cases), x => x.Id),
            CaseIncidents = U(parts.SelectMany(p => p.CaseIncidents), x => x),
            CaseLinks = U(parts.SelectMany(p => p.CaseLinks), FactRef.Of),
            Participations = U(parts.SelectMany(p => p.Participations), FactRef.Of),
            Counsel = U(parts.SelectMany(p => p.Counsel), FactRef.Of),
            Entries = U(parts.SelectMany(p => p.Entries), FactRef.Of),
            Motions = U(parts.SelectMany(p => p.Motions), x => x.Id),
            Charges = U(parts.SelectMany(p => p.Charges), x => x.Id),
            Claims = U(parts.SelectMany(p => p.Claims), x => x.Id),
            Statements = U(parts.SelectMany(p => p.Statements), x => x.Id),
            Questions = U(parts.SelectMany(p => p.Questions), x => x.Id),
            Citations = U(parts.SelectMany(p => p.Citations), x => (x.Fact, x.Source)),
        };
    }

    /// <summary>Rows that break a foreign key, one line each (see <see cref="Providers.StoreProvider.ForeignKeyProblems"/>).</summary>
    public IReadOnlyList<string> ForeignKeyProblems() => _provider.ForeignKeyProblems(_connection);

    /// <summary>Every case id, in key order, streamed (memory flat in the number of cases).</summary>
    public async IAsyncEnumerable<CaseId> CaseIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        // Paged by key, so no reader stays open while the caller reads each case on the same connection.
        var after = "";
        while (true)
        {
            var page = await Reading.RowReader.QueryAsync<IdRow>(_connection, "SELECT \"Id\" FROM \"Cases\" WHERE \"Id\" > @p0 ORDER BY \"Id\" LIMIT 1000", ct, after);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var row in page)
            {
                yield return new CaseId(row.Id);
            }

            after = page[^1].Id;
        }
    }

    /// <summary>Places in a docket that hold more than one entry.</summary>
    public async Task<IReadOnlyList<SharedDocketPlace>> SharedDocketPlacesAsync(CancellationToken ct = default) =>
        await Reading.RowReader.QueryAsync<SharedDocketPlace>(_connection,
            "SELECT \"Case\", \"Sequence\", count(*) AS \"Entries\" FROM \"Entries\" GROUP BY \"Case\", \"Sequence\" HAVING count(*) > 1 ORDER BY \"Case\", \"Sequence\"", ct);

    private sealed record IdRow(string Id);

    public void Dispose()
    {
        _db?.Dispose();
        _connection.Dispose();
    }

    private EntityState Upsert<T>(T item)
        where T : class
    {
        var key = Db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!;
        var existing = Db.Set<T>().Find([.. key.Properties.Select(p => p.PropertyInfo!.GetValue(item))]);
        if (existing is null)
        {
            Db.Set<T>().Add(item);
            return EntityState.Added;
        }

        return Refresh(existing, item);
    }

    // The tracked stored version takes the values of item; Modified when any differs.
    private EntityState Refresh<T>(T existing, T item)
        where T : class
    {
        var entry = Db.Entry(existing);
        entry.CurrentValues.SetValues(item);
        return entry.State == EntityState.Modified ? EntityState.Modified : EntityState.Unchanged;
    }
}
