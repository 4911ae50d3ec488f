using Clerk.Domain;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store;

/// <summary>
/// The database: one table per kind of fact, keyed as <see cref="FactRef"/> names facts. Domain
/// records are stored as they are; the conversions in <see cref="ConfigureConventions"/> say how
/// their values become columns.
/// </summary>
public sealed class ClerkDbContext(DbContextOptions<ClerkDbContext> options) : DbContext(options)
{
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

    public DbSet<Citation> Citations => Set<Citation>();

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
        b.Properties<PartialDate>().HaveConversion<PartialDateConverter>();
        b.Properties<FactRef>().HaveConversion<FactRefConverter>();
        b.Properties<IReadOnlyList<string>>().HaveConversion<JsonColumnConverter<IReadOnlyList<string>>, JsonComparer<IReadOnlyList<string>>>();
        b.Properties<IReadOnlyList<PartyId>>().HaveConversion<JsonColumnConverter<IReadOnlyList<PartyId>>, JsonComparer<IReadOnlyList<PartyId>>>();
        b.Properties<IReadOnlyList<ChargeEvent>>().HaveConversion<JsonColumnConverter<IReadOnlyList<ChargeEvent>>, JsonComparer<IReadOnlyList<ChargeEvent>>>();
        b.Properties<Ruling>().HaveConversion<JsonColumnConverter<Ruling>, JsonComparer<Ruling>>();
        b.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
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
        });
        b.Entity<CaseIncident>().HasKey(x => new { x.Case, x.Incident });
        b.Entity<CaseLink>().HasKey(x => new { x.From, x.Kind, x.To });
        b.Entity<Participation>(e =>
        {
            e.HasKey(x => new { x.Case, x.Party, x.Role });
            e.HasIndex(x => x.Party);
        });
        b.Entity<Counsel>().HasKey(x => new { x.Case, x.Attorney, x.Client });
        b.Entity<DocketEntry>().HasKey(x => new { x.Case, x.Sequence });
        b.Entity<Motion>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Case);
        });
        b.Entity<Charge>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Case);
            e.Ignore(x => x.Status);
        });
        b.Entity<Claim>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Case);
        });
        b.Entity<Statement>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Case);
        });
        b.Entity<OpenQuestion>().HasKey(x => x.Id);
        b.Entity<Citation>(e =>
        {
            e.HasKey(x => new { x.Fact, x.Source });
            e.HasIndex(x => x.Source);
        });
    }
}
