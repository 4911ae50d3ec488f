using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Tests;

/// <summary>Importing docket reports of one case: merges, never duplicates, keeps parties current.</summary>
public class DocketImportTests
{
    private static readonly CaseId Case = new("nmd:1:23-cv-00001");

    /// <summary>A report of the case: its entries and parties, every fact cited to the report.</summary>
    private static Matter Report(string reportId, IReadOnlyList<(string? Number, LocalDate Filed, string Text)> entries, params string[] defendants) =>
        ReportOf(Case, reportId, entries, defendants);

    private static Matter ReportOf(CaseId Case, string reportId, IReadOnlyList<(string? Number, LocalDate Filed, string Text)> entries, params string[] defendants) =>
        ReportOf(Case, CaseKind.Civil, reportId, entries, defendants);

    private static Matter ReportOf(CaseId Case, CaseKind kind, string reportId, IReadOnlyList<(string? Number, LocalDate Filed, string Text)> entries, params string[] defendants)
    {
        var source = new Source(new SourceId(reportId), SourceKind.CourtRecord, "PACER", reportId, null, null, null);
        var keys = new EntryKeys.Counter();
        var parties = new List<Party> { new(new PartyId(Case + "/acme"), "Acme", PartyKind.Organization, null) };
        parties.AddRange(defendants.Select(d => new Party(new PartyId(Case + "/" + d), d, PartyKind.Person, null)));
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(new CourtId("nmd"), "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(Case, new CourtId("nmd"), "1:23-cv-00001", "Acme v. Doe", kind, CaseStatus.Open, null, PartialDate.Parse("2023-01-03"), null)],
            Parties = parties,
            Participations =
            [
                new Participation(Case, parties[0].Id, PartyRole.Plaintiff, "Plaintiff", null),
                .. parties.Skip(1).Select(p => new Participation(Case, p.Id, PartyRole.Defendant, "Defendant", null)),
            ],
            Entries = [.. entries.Select((e, i) => new DocketEntry(Case, i + 1, e.Number, e.Filed, e.Filed, e.Text, keys.Next(Case, e.Number, e.Filed, e.Text)))],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    /// <summary>The report with its entries' citations taken away: it breaks "every fact cites a source".</summary>
    private static Matter Uncited(Matter report) =>
        report with { Citations = [.. report.Citations.Where(c => c.Fact.Kind != FactKind.DocketEntry)] };

    private static readonly LocalDate Jan3 = new(2023, 1, 3), Jan9 = new(2023, 1, 9), Feb1 = new(2023, 2, 1), Mar1 = new(2023, 3, 1);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Importing_the_same_report_twice_adds_nothing_the_second_time(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var report = Report("r1", [("1", Jan3, "COMPLAINT"), (null, Jan9, "Summons issued"), (null, Jan9, "Summons issued"), ("2", Feb1, "ANSWER")], "doe");
        var first = store.ImportDocket(report, Case);
        Assert.Equal((4, 0, 0), (first.EntriesAdded, first.EntriesUpdated, first.EntriesUnchanged));
        var second = store.ImportDocket(report, Case);
        Assert.Equal((0, 0, 4, 0), (second.EntriesAdded, second.EntriesUpdated, second.EntriesUnchanged, second.EntriesKept));
        Assert.Equal(4, store.Db.Entries.Count());
        Assert.Equal(2, store.Db.Participations.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_newer_report_adds_new_entries_updates_changed_ones_and_keeps_parties_current(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.ImportDocket(Report("r1", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe", "roe"), Case);
        var newer = Report("r2", [("1", Jan3, "COMPLAINT against Doe"), ("2", Feb1, "ANSWER"), ("3", Mar1, "ORDER")], "doe", "poe");
        var result = store.ImportDocket(newer, Case);
        Assert.True(result.Newest);
        Assert.Equal((1, 1, 1, 0), (result.EntriesAdded, result.EntriesUpdated, result.EntriesUnchanged, result.EntriesKept));
        var entries = store.Db.Entries.OrderBy(e => e.Sequence).Select(e => e.Description).ToList();
        Assert.Equal(["COMPLAINT against Doe", "ANSWER", "ORDER"], entries);
        var defendants = store.Db.Participations.Where(p => p.Role == PartyRole.Defendant).AsEnumerable().Select(p => p.Party.Value).Order(StringComparer.Ordinal);
        Assert.Equal([Case + "/doe", Case + "/poe"], defendants);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void An_older_report_only_adds_what_is_missing(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.ImportDocket(Report("r2", [("2", Feb1, "ANSWER"), ("3", Mar1, "ORDER")], "doe", "poe"), Case);
        var older = Report("r1", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER (old text)")], "doe", "roe");
        var result = store.ImportDocket(older, Case);
        Assert.False(result.Newest);
        Assert.Equal((1, 0, 1, 1), (result.EntriesAdded, result.EntriesUpdated, result.EntriesUnchanged, result.EntriesKept));
        Assert.Equal(["COMPLAINT", "ANSWER", "ORDER"], store.Db.Entries.OrderBy(e => e.Sequence).Select(e => e.Description).ToList());
        Assert.DoesNotContain(store.Db.Participations.AsEnumerable(), p => p.Party.Value.EndsWith("/roe", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void Entries_keep_the_citations_of_every_report_that_listed_them(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.ImportDocket(Report("r1", [("2", Feb1, "ANSWER")], "doe"), Case);
        store.ImportDocket(Report("r2", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe"), Case);
        // The answer moved from sequence 1 to 2 when the complaint was added before it; its key stayed.
        Assert.Equal(2, store.Db.Entries.Single(e => e.Key == "n2").Sequence);
        var answer = new FactRef(FactKind.DocketEntry, Case + "#n2");
        var sources = store.Db.EntryCitations.Where(c => c.Case == Case && c.EntryKey == "n2").AsEnumerable().Select(c => c.Source.Value).Order(StringComparer.Ordinal);
        Assert.Equal(["r1", "r2"], sources);
        Assert.Equal(3, store.Db.EntryCitations.Count());
        Assert.Equal(0, store.Db.Citations.Count(c => c.Kind == FactKind.DocketEntry));
        Assert.Contains(store.ReadCase(Case)!.Citations, c => c.Fact == answer && c.Source.Value == "r1");
        Assert.Empty(store.ReadCase(Case)!.Violations());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_report_that_breaks_a_rule_writes_nothing(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var report = Report("r1", [("1", Jan3, "COMPLAINT")], "doe");
        var broken = Uncited(report);
        Assert.Throws<MatterRejectedException>(() => store.ImportDocket(broken, Case));
        Assert.Equal(0, store.Db.Cases.Count());
        Assert.Equal(0, store.Db.Entries.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_report_checked_before_the_batch_that_breaks_a_rule_is_still_refused(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var report = Report("r1", [("1", Jan3, "COMPLAINT")], "doe");
        var broken = Uncited(report);
        var outcomes = store.ImportDockets([DocketToImport.Checked(broken, Case)]);
        Assert.IsType<MatterRejectedException>(outcomes[0].Error);
        Assert.Equal(0, store.Db.Entries.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_checked_report_that_names_a_fact_outside_itself_is_checked_against_what_is_stored(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        store.ImportDocket(Report("r1", [("1", Jan3, "COMPLAINT")], "doe"), Case);

        // The second report names the parties of the first without carrying them: stored, so allowed;
        // a party stored nowhere is refused by the writer's own check.
        Matter Without(Matter m) => m with { Parties = [], Citations = [.. m.Citations.Where(c => c.Fact.Kind != FactKind.Party)] };
        var second = Without(Report("r2", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe"));
        var stranger = Without(Report("r3", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe", "roe"));
        var outcomes = store.ImportDockets([DocketToImport.Checked(second, Case), DocketToImport.Checked(stranger, Case)]);

        Assert.Null(outcomes[0].Error);
        Assert.Equal(1, outcomes[0].Result!.EntriesAdded);
        var refused = Assert.IsType<MatterRejectedException>(outcomes[1].Error);
        Assert.Contains("/roe", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_checked_docket_given_another_report_is_checked_again(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var report = Report("r1", [("1", Jan3, "COMPLAINT")], "doe");
        var broken = Uncited(report);
        var outcomes = store.ImportDockets([DocketToImport.Checked(report, Case) with { Report = broken }]);
        Assert.IsType<MatterRejectedException>(outcomes[0].Error);
        Assert.Equal(0, store.Db.Entries.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_batch_stores_each_report_whole_and_leaves_nothing_of_one_that_breaks_a_rule(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var first = Report("r1", [("1", Jan3, "COMPLAINT")], "doe");
        var second = Report("r2", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe");
        var broken = Report("r3", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER"), ("3", Mar1, "ORDER")], "doe", "roe");
        broken = Uncited(broken);

        var outcomes = store.ImportDockets([new(first, Case), new(broken, Case), new(second, Case)]);

        Assert.Equal((1, 0, 0), (outcomes[0].Result!.EntriesAdded, outcomes[0].Result!.EntriesUpdated, outcomes[0].Result!.EntriesUnchanged));
        Assert.Null(outcomes[1].Result);
        Assert.IsType<MatterRejectedException>(outcomes[1].Error);
        // The second report merged over what the first wrote earlier in the same transaction.
        Assert.Equal((1, 0, 1), (outcomes[2].Result!.EntriesAdded, outcomes[2].Result!.EntriesUpdated, outcomes[2].Result!.EntriesUnchanged));
        Assert.Equal(["COMPLAINT", "ANSWER"], store.Db.Entries.OrderBy(e => e.Sequence).Select(e => e.Description).ToList());
        Assert.False(store.Db.Sources.Any(s => s.Id == new SourceId("r3")));
        Assert.DoesNotContain(store.Db.Participations.AsEnumerable(), p => p.Party.Value.EndsWith("/roe", StringComparison.Ordinal));
        Assert.Empty(store.ReadCase(Case)!.Violations());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_report_that_breaks_a_constraint_in_a_batch_is_rolled_back_alone(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var good = ReportOf(Case, CaseKind.Criminal, "r1", [("1", Jan3, "COMPLAINT")], "doe");
        good = good with { Charges = [new Charge(new ChargeId("c1"), Case, 1, null, "fraud", [new(ChargeStatus.Filed, null, null)])] };
        good = good with { Citations = [.. good.Citations, new Citation(new SourceId("r1"), new FactRef(FactKind.Charge, "c1"), null)] };
        // Another case's report with a charge of the same id: each report keeps the rules alone, and
        // the database's primary key refuses the second.
        var other = new CaseId("nmd:1:23-cv-00002");
        var bad = ReportOf(other, CaseKind.Criminal, "r2", [("1", Jan3, "INDICTMENT")], "roe");
        bad = bad with { Charges = [new Charge(new ChargeId("c1"), other, 1, null, "theft", [new(ChargeStatus.Filed, null, null)])] };
        bad = bad with { Citations = [.. bad.Citations, new Citation(new SourceId("r2"), new FactRef(FactKind.Charge, "c1"), null)] };

        var outcomes = store.ImportDockets([new(good, Case), new(bad, other)]);

        Assert.NotNull(outcomes[0].Result);
        Assert.IsAssignableFrom<System.Data.Common.DbException>(outcomes[1].Error);
        Assert.Equal([Case], store.Db.Cases.Select(c => c.Id).ToList());
        Assert.False(store.Db.Sources.Any(s => s.Id == new SourceId("r2")));
        Assert.Equal("fraud", store.Db.Charges.Single().Description);
        Assert.Equal(1, store.Db.Entries.Count());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_batch_of_which_nothing_is_stored_leaves_the_data_version_as_it_was(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var ct = TestContext.Current.CancellationToken;
        store.ImportDockets([new(Report("r1", [("1", Jan3, "COMPLAINT")], "doe"), Case)]);
        var before = await store.DataVersionAsync(ct);
        var broken = Report("r2", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe");
        broken = Uncited(broken);

        var outcomes = store.ImportDockets([new(broken, Case)]);

        Assert.IsType<MatterRejectedException>(outcomes[0].Error);
        Assert.Equal(before, await store.DataVersionAsync(ct));
        store.ImportDockets([new(broken, Case), new(Report("r3", [("1", Jan3, "COMPLAINT"), ("2", Feb1, "ANSWER")], "doe"), Case)]);
        Assert.True(await store.DataVersionAsync(ct) > before);
    }
    [Fact]
    public async Task A_batch_whose_connection_is_lost_fails_with_the_error_that_ended_it()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();
        await using var other = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(db.Name) { Pooling = false }.ConnectionString);
        await other.OpenAsync(TestContext.Current.CancellationToken);
        async Task<long> Run(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, other);
            return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }

        // The case's import waits for this lock (ImportDockets takes it per case); the waiting server process is then ended.
        await Run($"SELECT count(*) FROM (SELECT pg_advisory_lock(hashtextextended('{Case.Value}', 0))) l");
        var import = Task.Run(() => store.ImportDockets([new(Report("r1", [("1", Jan3, "COMPLAINT")], "doe"), Case)]), TestContext.Current.CancellationToken);
        long waiting = 0;
        for (var i = 0; i < 200 && waiting == 0; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            waiting = await Run("SELECT coalesce(min(pid), 0) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        }

        Assert.NotEqual(0, waiting);
        await Run($"SELECT count(*) FROM (SELECT pg_terminate_backend({waiting})) t");

        var e = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => import);
        Assert.Equal(Npgsql.PostgresErrorCodes.AdminShutdown, e.SqlState);
    }
}
