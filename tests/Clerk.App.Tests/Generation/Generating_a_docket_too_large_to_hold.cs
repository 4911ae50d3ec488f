using Clerk.App.Generation;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Tests.Generation;

/// <summary>
/// <c>clerk generate</c> makes a docket of more than 100,000 entries as it writes it, not whole
/// beforehand, and writes the same docket as the one made whole.
/// </summary>
public sealed class Generating_a_docket_too_large_to_hold
{
    private const int Entries = 120_000;

    [Fact]
    public async Task Writes_the_same_docket_as_the_one_made_whole()
    {
        using var db = new TempStore();
        var summary = await new DocketGenerator(db.Store).GenerateAsync(new GenerateOptions(1, Entries, Seed: 5), ct: TestContext.Current.CancellationToken);

        var whole = SyntheticDocket.Make(5, 0, Entries);
        var caseId = whole.Cases[0].Id;
        Assert.Equal(Entries, summary.Entries);
        Assert.Equal(
            whole.Entries.Select(e => (e.Key, e.Sequence, e.Number, e.DateFiled, e.Description)),
            db.Store.Db.Entries.AsNoTracking().Where(e => e.Case == caseId).OrderBy(e => e.Sequence).AsEnumerable().Select(e => (e.Key, e.Sequence, e.Number, e.DateFiled, e.Description)));
        Assert.Equal(Entries, db.Store.Db.EntryCitations.AsNoTracking().Count(c => c.Case == caseId));
        Assert.Equal(whole.Entries.Max(e => e.DateFiled), db.Store.Db.DocketReports.AsNoTracking().Single().Latest);
        Assert.True((await new Checking.DatabaseCheck(db.Store).RunAsync(ct: TestContext.Current.CancellationToken)).Clean);
    }

    [Fact]
    public async Task Generated_again_into_the_same_database_it_is_merged_and_left_as_it_was()
    {
        using var db = new TempStore();
        var generator = new DocketGenerator(db.Store);
        await generator.GenerateAsync(new GenerateOptions(1, Entries, Seed: 6), ct: TestContext.Current.CancellationToken);
        var caseId = SyntheticDocket.MakeLarge(6, 0, Entries).Matter.Cases[0].Id;
        List<(string, int, string)> Stored() =>
            [.. db.Store.Db.Entries.AsNoTracking().Where(e => e.Case == caseId).OrderBy(e => e.Sequence).AsEnumerable().Select(e => (e.Key, e.Sequence, e.Description))];
        var before = Stored();

        await generator.GenerateAsync(new GenerateOptions(1, Entries, Seed: 6), ct: TestContext.Current.CancellationToken);

        Assert.Equal(Entries, before.Count);
        Assert.Equal(before, Stored());
        Assert.Equal(Entries, db.Store.Db.EntryCitations.AsNoTracking().Count(c => c.Case == caseId));
        Assert.True((await new Checking.DatabaseCheck(db.Store).RunAsync(ct: TestContext.Current.CancellationToken)).Clean);
    }
}
