using System.Text.Json;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using NodaTime;

namespace Clerk.App.Tests.Editing;

public class Edits_keep_versions_and_history
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CaseId Civil = new("rust-civil");

    [Fact]
    public async Task An_update_with_the_version_read_is_saved_and_one_with_an_older_version_is_refused()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var motions = demo.As(DemoEditing.Editor).Motions;
        var read = await motions.ReadAsync(Civil, "rust-civil-stay", Ct);
        var saved = await motions.UpdateAsync(Civil, "rust-civil-stay", read.Value with { Relief = "A stay" }, read.Version, Ct);
        Assert.NotEqual(read.Version, saved.Version);
        Assert.Equal("A stay", (await motions.ReadAsync(Civil, "rust-civil-stay", Ct)).Value.Relief);

        var stale = await Assert.ThrowsAsync<StaleVersionException>(() =>
            motions.UpdateAsync(Civil, "rust-civil-stay", read.Value with { Relief = "Overwrite" }, read.Version, Ct));
        Assert.Equal(saved.Version, stale.Current);
        Assert.Equal("A stay", (await motions.ReadAsync(Civil, "rust-civil-stay", Ct)).Value.Relief);
    }

    [Fact]
    public async Task An_update_without_a_version_is_refused()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var motions = demo.As(DemoEditing.Editor).Motions;
        var read = await motions.ReadAsync(Civil, "rust-civil-stay", Ct);
        await Assert.ThrowsAsync<VersionRequiredException>(() => motions.UpdateAsync(Civil, "rust-civil-stay", read.Value, null, Ct));
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_edit()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var viewer = new Viewer("u-viewer", "viewer@example.org", Role.Viewer);
        var motions = demo.As(viewer).Motions;
        var read = await motions.ReadAsync(Civil, "rust-civil-stay", Ct);
        await Assert.ThrowsAsync<ForbiddenException>(() => motions.UpdateAsync(Civil, "rust-civil-stay", read.Value with { Relief = "x" }, read.Version, Ct));
    }

    [Fact]
    public async Task Every_change_is_kept_with_who_when_and_the_record_before_and_after()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var editor = demo.As(DemoEditing.Editor);
        var added = await editor.Entries.AddAsync(Civil, new EntryForm { Description = "Notice of appearance <script>", Filed = "2023-09-01", Sources = ["seed-report"] }, Ct);
        var key = added.Value.Key!;
        demo.Clock.Advance(Duration.FromMinutes(5));
        await editor.Entries.UpdateAsync(Civil, key, added.Value with { Entered = "2023-09-02" }, added.Version, Ct);

        var history = await editor.Entries.HistoryAsync(Civil, key, Ct);
        Assert.Equal(2, history.Count);
        Assert.All(history, h => Assert.Equal("editor@example.org", h.Actor));
        Assert.Null(history[0].Before);
        Assert.Equal(Instant.FromUtc(2026, 12, 3, 12, 5), history[1].At);
        Assert.Equal(JsonDocument.Parse(history[0].After!).RootElement.GetRawText(), JsonDocument.Parse(history[1].Before!).RootElement.GetRawText());
        Assert.Equal("2023-09-02", JsonDocument.Parse(history[1].After!).RootElement.GetProperty("entered").GetString());
        Assert.Equal(2, (await editor.CaseHistoryAsync(Civil, Ct)).Count);
    }

    [Fact]
    public async Task A_new_entry_goes_last_with_the_key_an_import_would_give_it()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var entries = demo.As(DemoEditing.Editor).Entries;
        var before = await entries.ListAsync(Civil, Ct);
        var added = await entries.AddAsync(Civil, new EntryForm { Number = "41", Description = "Answer", Filed = "2023-09-07", Sources = ["seed-report"] }, Ct);
        Assert.Equal("n41", added.Value.Key);
        Assert.Equal(before.Select(e => e.Value.Sequence ?? 0).DefaultIfEmpty(0).Max() + 1, added.Value.Sequence);
        var second = await entries.AddAsync(Civil, new EntryForm { Description = "Reply", Filed = "2023-09-08", Sources = ["seed-report"] }, Ct);
        Assert.Equal(added.Value.Sequence + 1, second.Value.Sequence);
    }

    [Fact]
    public async Task A_ruling_moved_to_another_day_moves_the_deadline_at_once()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var deadlines = new CaseDeadlineService(new CaseReader(demo.Store, DemoEditing.Editor), demo.Clock);
        static LocalDate Answer(CaseDeadlineReport r) => r.Deadlines.Single(d => d.Rule.Id == "answer-after-motion-denied").Deadline.Due;
        Assert.Equal(new LocalDate(2023, 9, 7), Answer(await deadlines.ForCaseAsync(Civil, ct: Ct)));

        var motions = demo.As(DemoEditing.Editor).Motions;
        var read = await motions.ReadAsync(Civil, "rust-civil-dismiss", Ct);
        await motions.UpdateAsync(Civil, "rust-civil-dismiss", read.Value with { Ruling = read.Value.Ruling! with { Date = "2023-10-02" } }, read.Version, Ct);
        // Ten court days after Monday 2023-10-02, skipping weekends and Columbus/Indigenous Peoples' Day (2023-10-09).
        Assert.Equal(new LocalDate(2023, 10, 17), Answer(await deadlines.ForCaseAsync(Civil, ct: Ct)));
    }

    [Fact]
    public async Task A_source_is_added_then_updated_with_its_version()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var sources = demo.As(DemoEditing.Editor).Sources;
        var added = await sources.AddAsync(new SourceForm { Id = "order-2023-08-23", Kind = "court-record", Publisher = "First Judicial District Court", Date = "2023-08-23" }, Ct);
        var dup = await Assert.ThrowsAsync<InvalidEditException>(() => sources.AddAsync(added.Value, Ct));
        Assert.Equal(["Id"], dup.Errors.Keys);
        var saved = await sources.UpdateAsync(new SourceId("order-2023-08-23"), added.Value with { Title = "Order" }, added.Version, Ct);
        Assert.Equal("Order", (await sources.ReadAsync(new SourceId("order-2023-08-23"), Ct)).Value.Title);
        await Assert.ThrowsAsync<StaleVersionException>(() => sources.UpdateAsync(new SourceId("order-2023-08-23"), added.Value, added.Version, Ct));
        Assert.Equal(2, (await sources.HistoryAsync(new SourceId("order-2023-08-23"), Ct)).Count);
        Assert.NotEqual(added.Version, saved.Version);
    }
}
