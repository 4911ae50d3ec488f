using Clerk.Domain;
using Clerk.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store;

/// <summary>
/// Clerk's database, opened and migrated to the current schema. Each write method is one
/// transaction: it writes everything it was given or nothing.
/// </summary>
public sealed class ClerkStore : IDisposable
{
    private ClerkStore(StoreOptions options)
    {
        Options = options;
        Db = new ClerkDbContext(options.ContextOptions());
    }

    public StoreOptions Options { get; }

    /// <summary>The EF Core context, for queries the methods here do not cover.</summary>
    public ClerkDbContext Db { get; }

    /// <summary>
    /// Opens the database and applies pending migrations (a file made by an earlier release is copied
    /// aside first, to <c>PATH.before-MIGRATION</c>). With <paramref name="create"/> false (a command
    /// that only reads), a missing file is an error instead of a new, empty database.
    /// </summary>
    /// <exception cref="StoreException">The file is missing (and not to be created), was made by a newer Clerk, or is not a Clerk database.</exception>
    public static ClerkStore Open(StoreOptions options, bool create = true)
    {
        if (!create && !File.Exists(options.Path))
        {
            throw new StoreException(options.Path, "no such database (commands that only read never create one; 'clerk load' or 'clerk import' make it)");
        }

        var store = new ClerkStore(options);
        try
        {
            options.Prepare(store.Db);
            var database = store.Db.Database;
            var known = database.GetMigrations().ToList();
            var applied = database.GetAppliedMigrations().ToList();
            var unknown = applied.Except(known).ToList();
            if (unknown.Count > 0)
            {
                throw new StoreException(options.Path,
                    $"made by a newer Clerk (its schema is at {applied[^1]}; this Clerk knows up to {known[^1]}): open it with that version or newer; nothing was changed");
            }

            // Migrate() takes a write lock even when there is nothing to apply; checking first keeps
            // a read-only command from touching the file.
            if (applied.Count < known.Count)
            {
                if (applied.Count > 0)
                {
                    store.CopyAside($"{options.Path}.before-{known[applied.Count]}");
                }

                database.Migrate();
            }

            database.ExecuteSqlRaw("PRAGMA foreign_keys=ON;");
            return store;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            store.Dispose();
            throw new StoreException(options.Path, e.Message, e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    // A consistent copy of the whole database (WAL included) before its schema changes.
    private void CopyAside(string path)
    {
        if (!File.Exists(path))
        {
            Db.Database.ExecuteSqlRaw("VACUUM INTO {0}", path);
        }
    }

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
    /// <exception cref="MatterRejectedException">The facts break a rule; nothing was written.</exception>
    public ImportResult ImportDocket(Matter matter, CaseId caseId) => Merging.DocketMerge.Import(this, matter, caseId);

    // Adds or updates every fact by key inside the caller's transaction.
    internal SaveResult Upsert(Matter matter)
    {
        var (added, updated, unchanged) = (0, 0, 0);

        // One query per kind brings the stored versions into the change tracker, so that Find
        // below answers from memory instead of asking the database once per fact.
        if (matter.Parties.Count > 0)
        {
            var partyIds = matter.Parties.Select(p => p.Id).ToList();
            Db.Parties.Where(p => partyIds.Contains(p.Id)).Load();
        }

        if (matter.Attorneys.Count > 0)
        {
            var attorneyIds = matter.Attorneys.Select(a => a.Id).ToList();
            Db.Attorneys.Where(a => attorneyIds.Contains(a.Id)).Load();
        }

        void Put<T>(IEnumerable<T> items)
            where T : class
        {
            foreach (var item in items)
            {
                switch (Upsert(item))
                {
                    case EntityState.Added: added++; break;
                    case EntityState.Modified: updated++; break;
                    default: unchanged++; break;
                }
            }
        }

        Put(matter.Sources);
        Put(matter.Courts);
        Put(matter.Judges);
        Put(matter.Incidents);
        Put(matter.Parties);
        Put(matter.Attorneys);
        Put(matter.Cases);
        Put(matter.CaseIncidents);
        Put(matter.CaseLinks);
        Put(matter.Participations);
        Put(matter.Counsel);
        Put(matter.Entries);
        Put(matter.Motions);
        Put(matter.Charges);
        Put(matter.Claims);
        Put(matter.Statements);
        Put(matter.Questions);
        Put(CitationRows.Of(matter));
        Db.SaveChanges();
        Db.ChangeTracker.Clear();
        return new SaveResult(added, updated, unchanged);
    }

    /// <summary>Adds or replaces one source.</summary>
    public SaveResult Save(Source source) => Save(new Matter { Sources = [source] });

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
        FactKind.Participation or FactKind.Counsel or FactKind.CaseLink or FactKind.DocketEntry => Db.Citations.Any(x => x.Fact == fact),
        _ => false,
    };

    /// <summary>The cases that pass <paramref name="filter"/>, ordered by filing date then id.</summary>
    public async Task<IReadOnlyList<Case>> CasesAsync(CaseFilter filter, CancellationToken ct = default)
    {
        IQueryable<Case> q = Db.Cases.AsNoTracking();
        if (filter.Kind is { } kind) q = q.Where(c => c.Kind == kind);
        if (filter.Status is { } status) q = q.Where(c => c.Status == status);
        if (filter.Court is { } court) q = q.Where(c => c.Court == court);
        if (filter.Judge is { } judge) q = q.Where(c => c.Judge == judge);
        if (filter.Party is { } party)
        {
            // By the index on Participations.Party.
            q = q.Where(c => Db.Participations.Any(p => p.Party == party && p.Case == c.Id));
        }

        if (filter.Text is { Length: > 0 } text)
        {
            // Case-insensitive substring, in the database: lower() and instr()/strpos() compare code
            // units, so SQLite and PostgreSQL agree for ASCII (SQLite's lower() folds only ASCII).
            var t = text.ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower().Contains; the StringComparison overload does not translate.
            q = q.Where(c => c.Caption.ToLower().Contains(t)
                || (c.DocketNumber != null && c.DocketNumber.ToLower().Contains(t))
                || Db.Participations.Any(p => p.Case == c.Id && Db.Parties.Any(x => x.Id == p.Party && x.Name.ToLower().Contains(t))));
#pragma warning restore CA1862
        }

        // Ordered here with ordinal comparison, so every provider and collation gives one order.
        return [.. (await q.ToListAsync(ct)).OrderBy(c => c.Filed is null).ThenBy(c => c.Filed?.Earliest).ThenBy(c => c.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// One case with everything about it, as a self-contained matter: its court, judges, incidents,
    /// parties, counsel, docket, motions, charges, claims, statements, questions, the sources they
    /// cite, and the cases it links to (those as case records only).
    /// </summary>
    /// <returns>Null when no case has the id.</returns>
    public async Task<Matter?> ReadCaseAsync(CaseId id, CancellationToken ct = default)
    {
        var db = Db;
        var theCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (theCase is null)
        {
            return null;
        }

        var links = await db.CaseLinks.AsNoTracking().Where(l => l.From == id).ToListAsync(ct);
        var motions = await db.Motions.AsNoTracking().Where(m => m.Case == id).ToListAsync(ct);
        var otherIds = links.Select(l => l.To).Concat(motions.Where(m => m.AwaitedCase != null).Select(m => m.AwaitedCase!.Value))
            .Where(c => c != id).Distinct().ToList();
        var others = await db.Cases.AsNoTracking().Where(c => otherIds.Contains(c.Id)).ToListAsync(ct);
        var allCases = others.Prepend(theCase).ToList();
        var caseIncidents = await db.CaseIncidents.AsNoTracking().Where(ci => ci.Case == id).ToListAsync(ct);
        var incidentIds = caseIncidents.Select(ci => ci.Incident).ToList();
        var participations = await db.Participations.AsNoTracking().Where(p => p.Case == id).ToListAsync(ct);
        var partyIds = participations.Select(p => p.Party).Distinct().ToList();
        var counsel = await db.Counsel.AsNoTracking().Where(c => c.Case == id).ToListAsync(ct);
        var attorneyIds = counsel.Select(c => c.Attorney).Distinct().ToList();
        var entries = await db.Entries.AsNoTracking().Where(e => e.Case == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var statements = await db.Statements.AsNoTracking().Where(s => s.Case == id).ToListAsync(ct);
        var judgeIds = allCases.Where(c => c.Judge != null).Select(c => c.Judge!.Value)
            .Concat(motions.Where(m => m.Ruling?.Judge != null).Select(m => m.Ruling!.Judge!.Value)).Distinct().ToList();
        var courtIds = allCases.Select(c => c.Court).Distinct().ToList();

        var matter = new Matter
        {
            Courts = await db.Courts.AsNoTracking().Where(c => courtIds.Contains(c.Id)).ToListAsync(ct),
            Judges = await db.Judges.AsNoTracking().Where(j => judgeIds.Contains(j.Id)).ToListAsync(ct),
            Incidents = await db.Incidents.AsNoTracking().Where(i => incidentIds.Contains(i.Id)).ToListAsync(ct),
            Parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToListAsync(ct),
            Attorneys = await db.Attorneys.AsNoTracking().Where(a => attorneyIds.Contains(a.Id)).ToListAsync(ct),
            Cases = allCases,
            CaseIncidents = caseIncidents,
            CaseLinks = links,
            Participations = participations,
            Counsel = counsel,
            Entries = entries,
            Motions = motions,
            Charges = await db.Charges.AsNoTracking().Where(c => c.Case == id).ToListAsync(ct),
            Claims = await db.Claims.AsNoTracking().Where(c => c.Case == id).ToListAsync(ct),
            Statements = statements,
            Questions = await db.Questions.AsNoTracking().Where(q => q.Case == id).ToListAsync(ct),
        };
        // Facts of this case by the Case index; the others it names (court, judges, parties, linked
        // cases, …) by their names, through the primary key.
        var caseRows = await db.Citations.AsNoTracking().Where(c => c.Case == id && c.Kind != FactKind.Case).ToListAsync(ct);
        var named = matter.Facts().Where(f => f.Kind is not (FactKind.CaseLink or FactKind.Participation or FactKind.Counsel or FactKind.DocketEntry
            or FactKind.Motion or FactKind.Charge or FactKind.Claim)).ToList();
        var namedRows = new List<CitationRow>();
        foreach (var chunk in named.Chunk(500))
        {
            namedRows.AddRange(await db.Citations.AsNoTracking().Where(c => chunk.Contains(c.Fact)).ToListAsync(ct));
        }

        var facts = matter.Facts().ToHashSet();
        var citations = caseRows.Concat(namedRows).Where(c => facts.Contains(c.Fact)).DistinctBy(c => (c.Fact, c.Source)).Select(c => c.ToCitation()).ToList();
        var sourceIds = citations.Select(c => c.Source).Distinct().ToList();
        return matter with
        {
            Citations = citations,
            Sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToListAsync(ct),
        };
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

    public void Dispose() => Db.Dispose();

    private EntityState Upsert<T>(T item)
        where T : class
    {
        var key = Db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!;
        var keyValues = key.Properties.Select(p => p.PropertyInfo!.GetValue(item)).ToArray();
        var existing = Db.Set<T>().Find(keyValues);
        if (existing is null)
        {
            Db.Set<T>().Add(item);
            return EntityState.Added;
        }

        var entry = Db.Entry(existing);
        entry.CurrentValues.SetValues(item);
        return entry.State == EntityState.Modified ? EntityState.Modified : EntityState.Unchanged;
    }
}
