using Clerk.Testing;

namespace Clerk.Cli.Tests.Integrity;

/// <summary>
/// One docket far larger than any fixture goes in whole. Its statement journals outgrow what SQLite
/// keeps in memory and spill to a temporary file; a 16 MiB in-memory journal once made that spill
/// fail with "database or disk is full" (the unix VFS writes at most 128 KiB at a time).
/// </summary>
public class A_docket_of_300000_entries
{
    private const long Entries = 300_000;

    [Fact]
    public void Is_written_whole_by_clerk_generate()
    {
        using var clerk = new ClerkProcess();
        using var db = new TestDatabase(Db.Sqlite);

        var run = clerk.Clerk("generate", "--cases", "1", "--entries-per-case", $"{Entries}", "--seed", "3", "--db", db.Name);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal(Entries, db.Scalar("SELECT count(*) FROM \"Entries\""));
        var check = clerk.Clerk("check", "--db", db.Name);
        Assert.True(check.ExitCode == 0, check.Out + check.Err);
    }
}
