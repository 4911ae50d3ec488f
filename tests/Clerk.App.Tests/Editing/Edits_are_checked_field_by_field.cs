using Clerk.App.Editing;
using Clerk.App.Editing.Forms;
using Clerk.Domain;

namespace Clerk.App.Tests.Editing;

public class Edits_are_checked_field_by_field
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CaseId Civil = new("rust-civil");

    [Fact]
    public async Task A_motion_with_an_unknown_status_and_a_movant_outside_the_case_names_both_fields()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var form = new MotionForm { Type = "dismiss", Movant = "nobody", Relief = "x", Status = "sideways", Sources = ["seed-report"] };
        var e = await Assert.ThrowsAsync<InvalidEditException>(() => demo.As(DemoEditing.Editor).Motions.AddAsync(Civil, form, Ct));
        Assert.Contains("Status", e.Errors.Keys);
        Assert.Contains("granted-in-part", e.Errors["Status"][0], StringComparison.Ordinal);

        var ok = form with { Status = "pending" };
        var e2 = await Assert.ThrowsAsync<InvalidEditException>(() => demo.As(DemoEditing.Editor).Motions.AddAsync(Civil, ok, Ct));
        Assert.Equal(["Movant"], e2.Errors.Keys);
    }

    [Fact]
    public async Task A_decided_motion_without_a_ruling_is_refused_on_its_ruling_and_nothing_is_written()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var editor = demo.As(DemoEditing.Editor).Motions;
        var before = await editor.ListAsync(Civil, Ct);
        var form = new MotionForm { Type = "compel", Movant = "baldwin", Relief = "Discovery", Status = "granted", Sources = ["seed-report"] };
        var e = await Assert.ThrowsAsync<InvalidEditException>(() => editor.AddAsync(Civil, form, Ct));
        Assert.Equal(["Ruling"], e.Errors.Keys);
        Assert.Equal(before.Count, (await editor.ListAsync(Civil, Ct)).Count);
    }

    [Fact]
    public async Task A_new_entry_must_cite_a_stored_source()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var editor = demo.As(DemoEditing.Editor).Entries;
        var none = await Assert.ThrowsAsync<InvalidEditException>(() => editor.AddAsync(Civil, new EntryForm { Description = "Notice", Filed = "2023-09-01" }, Ct));
        Assert.Equal(["Sources"], none.Errors.Keys);
        var unknown = await Assert.ThrowsAsync<InvalidEditException>(() =>
            editor.AddAsync(Civil, new EntryForm { Description = "Notice", Filed = "2023-09-01", Sources = ["no-such-source"] }, Ct));
        Assert.Equal(["Sources"], unknown.Errors.Keys);
    }

    [Fact]
    public async Task A_bad_day_names_the_field_and_what_was_expected()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var e = await Assert.ThrowsAsync<InvalidEditException>(() => demo.As(DemoEditing.Editor).Entries.AddAsync(Civil,
            new EntryForm { Description = "Notice", Filed = "31/12/2023", Sources = ["seed-report"] }, Ct));
        Assert.Contains("2023-08-23", Assert.Single(e.Errors["Filed"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_charge_on_a_civil_case_is_refused()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var form = new ChargeForm { Description = "Theft", History = [new() { Status = "filed", Date = "2023-01-01" }], Sources = ["seed-report"] };
        var e = await Assert.ThrowsAsync<InvalidEditException>(() => demo.As(DemoEditing.Editor).Charges.AddAsync(Civil, form, Ct));
        Assert.Equal(["Case"], e.Errors.Keys);
    }

    [Fact]
    public async Task A_claim_against_someone_outside_the_case_names_the_list_that_holds_them()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        var form = new ClaimForm { Cause = "Negligence", Claimants = ["rust-crew"], Against = ["stranger"], Sources = ["seed-report"] };
        var e = await Assert.ThrowsAsync<InvalidEditException>(() => demo.As(DemoEditing.Editor).Claims.AddAsync(Civil, form, Ct));
        Assert.Equal(["Against"], e.Errors.Keys);
    }
}
