using Clerk.Domain;

namespace Clerk.Store.Tests.Versions;

/// <summary>
/// The web server keeps case pages while <see cref="ClerkStore.DataVersionAsync"/> reads the same, so
/// every way of writing must raise it, also from another process's connection, and reads must not.
/// </summary>
public class Every_committed_write_raises_the_data_version
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_new_database_starts_at_zero_and_reads_leave_it_there(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        Assert.Equal(0, await store.DataVersionAsync(TestContext.Current.CancellationToken));
        store.ReadCase(new CaseId("none"));
        _ = await store.CasesAsync(new CaseFilter(), TestContext.Current.CancellationToken);
        Assert.Equal(0, await store.DataVersionAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Saving_a_matter_importing_a_docket_and_editing_through_EF_each_raise_it(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var ct = TestContext.Current.CancellationToken;

        store.Save(StoreSamples.Matter());
        var afterSave = await store.DataVersionAsync(ct);
        Assert.True(afterSave > 0, $"after a save: {afterSave}");

        var docket = new Matter
        {
            Sources = [new Source(new SourceId("r1"), SourceKind.CourtRecord, "PACER", "report", null, null, null)],
            Courts = [new Court(new CourtId("nmd"), "U.S. District Court for the District of New Mexico", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(new CaseId("nmd:1:23-cv-00001"), new CourtId("nmd"), "1:23-cv-00001", "A v. B", CaseKind.Civil, CaseStatus.Open, null, null, null)],
            Entries = [new DocketEntry(new CaseId("nmd:1:23-cv-00001"), 1, "1", new NodaTime.LocalDate(2023, 1, 3), null, "COMPLAINT")],
        };
        docket = docket with { Citations = [.. docket.Facts().Select(f => new Citation(new SourceId("r1"), f, null))] };
        store.ImportDocket(docket, new CaseId("nmd:1:23-cv-00001"));
        var afterImport = await store.DataVersionAsync(ct);
        Assert.True(afterImport > afterSave, $"after an import: {afterImport}, before it {afterSave}");

        store.Db.Judges.Add(new Judge(new JudgeId("judge:new"), "New Judge"));
        await store.Db.SaveChangesAsync(ct);
        Assert.True(await store.DataVersionAsync(ct) > afterImport);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_write_through_another_connection_is_seen(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var reader = db.Open();
        var ct = TestContext.Current.CancellationToken;
        var before = await reader.DataVersionAsync(ct);
        using (var writer = db.Open())
        {
            writer.Save(StoreSamples.Matter());
        }

        Assert.True(await reader.DataVersionAsync(ct) > before);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_write_that_fails_leaves_it_as_it_was(Db kind)
    {
        using var db = new TempDatabase(kind);
        using var store = db.Open();
        var ct = TestContext.Current.CancellationToken;
        store.Save(StoreSamples.Matter());
        var before = await store.DataVersionAsync(ct);
        var broken = StoreSamples.Matter() with { Citations = [] };
        Assert.ThrowsAny<Exception>(() => store.Save(broken));
        Assert.Equal(before, await store.DataVersionAsync(ct));
    }
}
