using Clerk.Domain;
using Clerk.Store.Accounts;
using Clerk.Store.History;
using Clerk.Store.Rows;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store;

/// <summary>
/// The database: one table per kind of fact, keyed as <see cref="FactRef"/> names facts. Domain
/// records are stored as they are; the conversions in <see cref="ConfigureConventions"/> say how
/// their values become columns. Accounts (ASP.NET Core Identity's tables) live in the same database,
/// so a restricted case's access list can refer to them.
/// </summary>
public class ClerkDbContext : IdentityDbContext<IdentityUser, IdentityRole, string>
{
    public ClerkDbContext(DbContextOptions<ClerkDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (see <see cref="Providers.PostgresDbContext"/>).</summary>
    protected ClerkDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The provider that made the context; what differs between databases is asked of it (null for a bare context).</summary>
    internal Providers.StoreProvider? Provider { get; init; }

    /// <summary>The context's connection when the database is SQLite (bulk writes bind on its handle).</summary>
    internal Microsoft.Data.Sqlite.SqliteConnection? Sqlite { get; init; }

    /// <summary>On PostgreSQL, the writes queued to be sent together while <see cref="BulkWrite.Together"/> runs; null otherwise.</summary>
    internal Providers.PostgresWriteBatch? WriteBatch { get; set; }

    /// <summary>The bulk writes' prepared statements, by their SQL (see <see cref="BulkWrite"/>); disposed with the context.</summary>
    internal Dictionary<string, BulkWrite.Statement> PreparedBulk { get; } = new(StringComparer.Ordinal);

    /// <summary>The same on SQLite's own handle (see <see cref="Providers.SqliteBulkStatement"/>); finalised with the context.</summary>
    internal Dictionary<string, Providers.SqliteBulkStatement> PreparedSqlite { get; } = new(StringComparer.Ordinal);

    public override void Dispose()
    {
        foreach (var statement in PreparedBulk.Values)
        {
            statement.Command.Dispose();
        }

        PreparedBulk.Clear();
        FinaliseSqlite();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var statement in PreparedBulk.Values)
        {
            await statement.Command.DisposeAsync();
        }

        PreparedBulk.Clear();
        FinaliseSqlite();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private void FinaliseSqlite()
    {
        foreach (var statement in PreparedSqlite.Values)
        {
            statement.Dispose();
        }

        PreparedSqlite.Clear();
    }

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Court> Courts => Set<Court>();

    public DbSet<Judge> Judges => Set<Judge>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Attorney> Attorneys => Set<Attorney>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseIncident> CaseIncidents => Set<CaseIncident>();

    public DbSet<CaseLink> CaseLinks => Set<CaseLink>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<Counsel> Counsel => Set<Counsel>();

    public DbSet<DocketEntry> Entries => Set<DocketEntry>();

    public DbSet<Motion> Motions => Set<Motion>();

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<OpenQuestion> Questions => Set<OpenQuestion>();

    public DbSet<CitationRow> Citations => Set<CitationRow>();

    public DbSet<EntryCitationRow> EntryCitations => Set<EntryCitationRow>();

    public DbSet<DocketReport> DocketReports => Set<DocketReport>();

    public DbSet<ChangeRow> Changes => Set<ChangeRow>();

    public DbSet<RestrictedCase> RestrictedCases => Set<RestrictedCase>();

    public DbSet<CaseAccess> CaseAccess => Set<CaseAccess>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    /// <summary>The one row whose number every committed write raises (see <see cref="Versions.DataVersion"/>).</summary>
    public DbSet<Versions.DataVersion> DataVersion => Set<Versions.DataVersion>();

    /// <summary>Whether commits raise <see cref="DataVersion"/>: true once the schema is current (not while migrating).</summary>
    internal bool CountsWrites { get; set; }

    /// <summary>Whether EF has begun a transaction on this context (<see cref="Versions.TransactionWatch"/>).</summary>
    internal bool HasBegunTransaction { get; set; }

    /// <summary>
    /// The transaction open on the context, if any. A context that never began one has none, and is
    /// not asked: asking starts EF's internal services, which cost a server request more than its query.
    /// </summary>
    internal System.Data.Common.DbTransaction? OpenTransaction =>
        HasBegunTransaction && Database.CurrentTransaction is { } open ? Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(open) : null;

    protected override void ConfigureConventions(ModelConfigurationBuilder b)
    {
        b.Properties<CourtId>().HaveConversion<IdConverter<CourtId>>();
        b.Properties<JudgeId>().HaveConversion<IdConverter<JudgeId>>();
        b.Properties<IncidentId>().HaveConversion<IdConverter<IncidentId>>();
        b.Properties<CaseId>().HaveConversion<IdConverter<CaseId>>();
        b.Properties<PartyId>().HaveConversion<IdConverter<PartyId>>();
        b.Properties<AttorneyId>().HaveConversion<IdConverter<AttorneyId>>();
        b.Properties<MotionId>().HaveConversion<IdConverter<MotionId>>();
        b.Properties<ChargeId>().HaveConversion<IdConverter<ChargeId>>();
        b.Properties<ClaimId>().HaveConversion<IdConverter<ClaimId>>();
        b.Properties<StatementId>().HaveConversion<IdConverter<StatementId>>();
        b.Properties<SourceId>().HaveConversion<IdConverter<SourceId>>();
        b.Properties<QuestionId>().HaveConversion<IdConverter<QuestionId>>();
        b.Properties<NodaTime.LocalDate>().HaveConversion<LocalDateConverter>();
        b.Properties<NodaTime.Instant>().HaveConversion<InstantConverter>();
        b.Properties<PartialDate>().HaveConversion<PartialDateConverter>();
        b.Properties<FactRef>().HaveConversion<FactRefConverter>();
        b.Properties<IReadOnlyList<string>>().HaveConversion<JsonColumnConverter<IReadOnlyList<string>>, JsonComparer<IReadOnlyList<string>>>();
        b.Properties<IReadOnlyList<PartyId>>().HaveConversion<JsonColumnConverter<IReadOnlyList<PartyId>>, JsonComparer<IReadOnlyList<PartyId>>>();
        b.Properties<IReadOnlyList<ChargeEvent>>().HaveConversion<JsonColumnConverter<IReadOnlyList<ChargeEvent>>, JsonComparer<IReadOnlyList<ChargeEvent>>>();
        b.Properties<Ruling>().HaveConversion<JsonColumnConverter<Ruling>, JsonComparer<Ruling>>();
        b.Properties<Enum>().HaveConversion<string>();
    }

    // Delete behaviour, written down once (docs/store.md has the table): what hangs off a case
    // (its entries, roles, counsel, motions, charges, claims, statements, questions, links, incidents)
    // goes with the case; a citation goes with the fact it cites; everything that is named by others
    // (courts, judges, parties, attorneys, incidents, sources) cannot be deleted while it is named.
    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<Source>().HasKey(x => x.Id);
        b.Entity<Court>().HasKey(x => x.Id);
        b.Entity<Judge>().HasKey(x => x.Id);
        b.Entity<Incident>().HasKey(x => x.Id);
        b.Entity<Party>().HasKey(x => x.Id);
        b.Entity<Attorney>().HasKey(x => x.Id);
        b.Entity<Case>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Court);
            e.HasIndex(x => x.DocketNumber);
            e.HasOne<Court>().WithMany().HasForeignKey(x => x.Court).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Judge>().WithMany().HasForeignKey(x => x.Judge).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CaseIncident>(e =>
        {
            e.HasKey(x => new { x.Case, x.Incident });
            OfCase(e, x => x.Case);
            e.HasOne<Incident>().WithMany().HasForeignKey(x => x.Incident).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CaseLink>(e =>
        {
            e.HasKey(x => new { x.From, x.Kind, x.To });
            OfCase(e, x => x.From);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.To).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Participation>(e =>
        {
            e.HasKey(x => new { x.Case, x.Party, x.Role });
            e.HasIndex(x => x.Party);
            OfCase(e, x => x.Case);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.Party).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Counsel>(e =>
        {
            e.HasKey(x => new { x.Case, x.Attorney, x.Client });
            OfCase(e, x => x.Case);
            e.HasOne<Attorney>().WithMany().HasForeignKey(x => x.Attorney).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.Client).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<DocketEntry>(e =>
        {
            e.HasKey(x => new { x.Case, x.Key });
            // Not unique: a re-import moves entries to new places one row at a time.
            e.HasIndex(x => new { x.Case, x.Sequence });
            OfCase(e, x => x.Case);
        });
        b.Entity<Motion>(e =>
        {
            e.HasKey(x => x.Id);
            OfCase(e, x => x.Case);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.Movant).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.AwaitedCase).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Charge>(e =>
        {
            e.HasKey(x => x.Id);
            OfCase(e, x => x.Case);
            e.Ignore(x => x.Status);
        });
        b.Entity<Claim>(e =>
        {
            e.HasKey(x => x.Id);
            OfCase(e, x => x.Case);
        });
        b.Entity<Statement>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.Case).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.OnBehalfOf).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<OpenQuestion>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.Case).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DocketReport>(e =>
        {
            e.HasKey(x => new { x.Case, x.Source });
            OfCase(e, x => x.Case);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.Source).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<EntryCitationRow>(e =>
        {
            e.ToTable("EntryCitations");
            e.HasKey(x => new { x.Case, x.EntryKey, x.Source });
            e.HasIndex(x => x.Source);
            e.HasOne<DocketEntry>().WithMany().HasForeignKey(x => new { x.Case, x.EntryKey }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.Source).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CitationRow>(e =>
        {
            e.ToTable("Citations");
            e.HasKey(x => new { x.Fact, x.Source });
            e.HasIndex(x => x.Source);

            // A citation sets the few reference columns of its fact's kind; each index holds only the
            // rows that set its columns, so writing a citation updates four indexes, not sixteen.
            Partial(e.HasIndex(x => x.Case), "Case");
            Partial(e.HasIndex(x => new { x.Case, x.Party, x.Role }), "Role");
            Partial(e.HasIndex(x => new { x.Case, x.Attorney, x.Party }), "Attorney", "Case");
            Partial(e.HasIndex(x => new { x.Case, x.LinkKind, x.LinkedCase }), "LinkKind");
            Partial(e.HasIndex(x => x.Party), "Party");
            Partial(e.HasIndex(x => x.Attorney), "Attorney");
            Partial(e.HasIndex(x => x.Motion), "Motion");
            Partial(e.HasIndex(x => x.Charge), "Charge");
            Partial(e.HasIndex(x => x.Claim), "Claim");
            Partial(e.HasIndex(x => x.Statement), "Statement");
            Partial(e.HasIndex(x => x.Question), "Question");
            Partial(e.HasIndex(x => x.Court), "Court");
            Partial(e.HasIndex(x => x.Judge), "Judge");
            Partial(e.HasIndex(x => x.Incident), "Incident");
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.Source).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.Case).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Participation>().WithMany().HasForeignKey(x => new { x.Case, x.Party, x.Role }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Counsel>().WithMany().HasForeignKey(x => new { x.Case, x.Attorney, x.Party }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CaseLink>().WithMany().HasForeignKey(x => new { x.Case, x.LinkKind, x.LinkedCase }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.Party).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Attorney>().WithMany().HasForeignKey(x => x.Attorney).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Motion>().WithMany().HasForeignKey(x => x.Motion).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Charge>().WithMany().HasForeignKey(x => x.Charge).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Claim>().WithMany().HasForeignKey(x => x.Claim).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Statement>().WithMany().HasForeignKey(x => x.Statement).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OpenQuestion>().WithMany().HasForeignKey(x => x.Question).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Court>().WithMany().HasForeignKey(x => x.Court).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Judge>().WithMany().HasForeignKey(x => x.Judge).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Incident>().WithMany().HasForeignKey(x => x.Incident).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ChangeRow>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Fact);
            e.HasIndex(x => x.Case);
        });

        // Access and tokens go with the case or the account they belong to.
        b.Entity<RestrictedCase>(e =>
        {
            e.HasKey(x => x.Case);
            OfCase(e, x => x.Case);
        });
        b.Entity<CaseAccess>(e =>
        {
            e.HasKey(x => new { x.Case, x.UserId });
            e.HasIndex(x => x.UserId);
            OfCase(e, x => x.Case);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ApiToken>(e =>
        {
            e.HasKey(x => x.Hash);
            e.HasIndex(x => x.UserId);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FeedToken>(e =>
        {
            e.HasKey(x => x.Hash);
            e.HasIndex(x => x.UserId);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            OfCase(e, x => x.Case);
        });

        b.Entity<Versions.DataVersion>(e =>
        {
            e.ToTable("DataVersion");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new Versions.DataVersion(1, 0));
        });
    }

    // The filter reads the same on SQLite and PostgreSQL.
    private static void Partial(Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder index, params string[] notNull) =>
        index.HasFilter(string.Join(" AND ", notNull.Select(c => $"\"{c}\" IS NOT NULL")));

    // Everything that hangs off a case is deleted with it.
    private static void OfCase<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e, System.Linq.Expressions.Expression<Func<T, object?>> caseId)
        where T : class =>
        e.HasOne<Case>().WithMany().HasForeignKey(caseId).OnDelete(DeleteBehavior.Cascade);
}
