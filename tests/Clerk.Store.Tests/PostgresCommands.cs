using System.Diagnostics;

namespace Clerk.Store.Tests;

/// <summary>
/// The commands Npgsql runs on a test's database while an action runs (a batch is one), from its
/// activity source; other tests' commands, running at the same time in this process, name other databases.
/// </summary>
internal static class PostgresCommands
{
    public static int RunBy(TempDatabase db, Action action)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(db.Name).Database;
        var count = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a =>
            {
                if (a.TagObjects.Any(t => Equals(t.Value, database)))
                {
                    Interlocked.Increment(ref count);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        action();
        return count;
    }
}
