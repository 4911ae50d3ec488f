using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.AspNetCore.Identity;

namespace Clerk.App.Tests.Editing;

public class Restricted_cases_do_not_exist_for_others
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CaseId Criminal = new("rust-criminal");

    private static void AddUser(ClerkStore store, string id, string email)
    {
        store.Db.Users.Add(new IdentityUser { Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() });
        store.Db.SaveChanges();
        store.Db.ChangeTracker.Clear();
    }

    [Fact]
    public async Task A_viewer_not_on_the_list_cannot_read_list_or_edit_it_and_one_on_the_list_can()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        AddUser(demo.Store, "u-in", "in@example.org");
        AddUser(demo.Store, "u-out", "out@example.org");
        await new CaseAccessService(demo.Store).RestrictAsync(Viewer.Operator, Criminal, ["in@example.org"], Ct);
        var inside = new Viewer("u-in", "in@example.org", Role.Editor);
        var outside = new Viewer("u-out", "out@example.org", Role.Admin);

        Assert.Contains((await new CaseReader(demo.Store, inside).ListAsync(new CaseFilter(), Ct)).Cases, c => c.Id == Criminal);
        Assert.DoesNotContain((await new CaseReader(demo.Store, outside).ListAsync(new CaseFilter(), Ct)).Cases, c => c.Id == Criminal);
        Assert.DoesNotContain((await new CaseReader(demo.Store, Viewer.Anonymous).ListAsync(new CaseFilter(), Ct)).Cases, c => c.Id == Criminal);
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => new CaseReader(demo.Store, outside).ReadAsync(Criminal, Ct));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => new CaseReader(demo.Store, outside).ReadAsync(new CaseId("rust-nothing"), Ct));
        Assert.Equal(unknown.Message.Replace("rust-nothing", "rust-criminal", StringComparison.Ordinal), missing.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => demo.As(outside).Charges.ListAsync(Criminal, Ct));

        // The civil case links to the criminal one: for the outsider the link and the stay's awaited case are gone.
        var civil = await new CaseReader(demo.Store, outside).ReadAsync(new CaseId("rust-civil"), Ct);
        Assert.DoesNotContain(civil.Matter.Cases, c => c.Id == Criminal);
        Assert.DoesNotContain(civil.Matter.CaseLinks, l => l.To == Criminal);
        Assert.DoesNotContain(civil.Matter.Motions, m => m.AwaitedCase == Criminal);

        await new CaseAccessService(demo.Store).OpenAsync(Viewer.Operator, Criminal, Ct);
        Assert.Contains((await new CaseReader(demo.Store, outside).ListAsync(new CaseFilter(), Ct)).Cases, c => c.Id == Criminal);
    }

    [Fact]
    public async Task Only_an_admin_changes_an_access_list()
    {
        using var demo = await DemoEditing.CreateAsync(Ct);
        AddUser(demo.Store, "u-in", "in@example.org");
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            new CaseAccessService(demo.Store).RestrictAsync(new Viewer("u-in", "in@example.org", Role.Editor), Criminal, ["in@example.org"], Ct));
        var e = await Assert.ThrowsAsync<NotFoundException>(() =>
            new CaseAccessService(demo.Store).RestrictAsync(Viewer.Operator, Criminal, ["nobody@example.org"], Ct));
        Assert.Contains("nobody@example.org", e.Message, StringComparison.Ordinal);
    }
}
