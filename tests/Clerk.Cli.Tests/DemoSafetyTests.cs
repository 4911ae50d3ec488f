namespace Clerk.Cli.Tests;

/// <summary><c>clerk demo --db PATH</c> replaces only a demo database it made; anything else is refused and left byte for byte.</summary>
public class DemoSafetyTests
{
    private const string OtherMatter = """
        clerk: matter/1
        sources:
          - {id: s1, kind: other, publisher: Clerk's own notes}
        courts:
          - {id: c1, name: Court, jurisdiction: NM, time_zone: America/Denver, sources: [s1]}
        cases:
          - {id: smith-v-jones, court: c1, caption: Smith v. Jones, kind: civil, sources: [s1]}
          - {id: doe-v-roe, court: c1, caption: Doe v. Roe, kind: civil, sources: [s1]}
        """;

    [Fact]
    public void A_working_database_with_other_cases_is_refused_and_left_byte_for_byte()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("other.yaml", OtherMatter)).ExitCode);
        var before = ClerkProcess.Hash(clerk.Db);

        var run = clerk.WithDb("demo");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--db: {clerk.Db} is a database that clerk demo did not make", run.Err, StringComparison.Ordinal);
        Assert.Contains("left as it is", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, ClerkProcess.Hash(clerk.Db));
        Assert.Contains("smith-v-jones", clerk.WithDb("cases").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_is_refused_and_left_byte_for_byte()
    {
        using var clerk = new ClerkProcess();
        var notes = clerk.WriteFile("notes.txt", "My notes on the case.\nDo not lose them.\n");
        var before = ClerkProcess.Hash(notes);

        var run = clerk.Clerk("demo", "--db", notes);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--db: {notes} exists and is not a database", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, ClerkProcess.Hash(notes));
        Assert.False(File.Exists(notes + "-wal"));
    }

    [Fact]
    public void A_folder_is_refused()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.Clerk("demo", "--db", clerk.Home);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_database_that_other_cases_were_loaded_into_is_refused()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        Assert.Equal(0, clerk.WithDb("load", clerk.WriteFile("other.yaml", OtherMatter)).ExitCode);
        var before = ClerkProcess.Hash(clerk.Db);

        var run = clerk.WithDb("demo");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds 2 case(s) that are not the demo's (doe-v-roe, smith-v-jones)", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, ClerkProcess.Hash(clerk.Db));
    }

    [Fact]
    public void A_demo_database_from_before_the_stamp_is_rebuilt_at_the_default_path_only()
    {
        using var clerk = new ClerkProcess();
        var demo = Path.Combine(clerk.Home, "data", "clerk", "demo.db");
        Assert.Equal(0, clerk.Clerk("demo").ExitCode);
        Unstamp(demo);
        var again = clerk.Clerk("demo");
        Assert.True(again.ExitCode == 0, again.Err);

        Unstamp(demo);
        var copy = Path.Combine(clerk.Home, "copy.db");
        File.Copy(demo, copy);
        Assert.Equal(2, clerk.Clerk("demo", "--db", copy).ExitCode);
    }

    private static void Unstamp(string db) => ClerkProcess.Sql(db, "PRAGMA application_id = 0; PRAGMA wal_checkpoint(TRUNCATE);");
}
