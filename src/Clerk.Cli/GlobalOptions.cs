using System.CommandLine;
using Clerk.Store;

namespace Clerk.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"The SQLite database file (default: ${StoreOptions.EnvironmentVariable}, else {StoreOptions.DefaultPath})",
        Recursive = true,
        HelpName = "PATH",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON on standard output instead of text" };

    /// <summary>Opens the database the command names. Only commands that write pass <paramref name="create"/>: a read of a missing file is an error.</summary>
    public static ClerkStore OpenStore(ParseResult result, bool create = false)
    {
        var options = StoreOptions.Resolve(result.GetValue(Db));
        OpenedPath = options.Path;
        return ClerkStore.Open(options, create);
    }

    /// <summary>The database the command opened, so that a database error can name it.</summary>
    public static string? OpenedPath { get; private set; }

    /// <summary>The clock commands read "today" from.</summary>
    public static NodaTime.IClock Clock => NodaTime.SystemClock.Instance;
}
