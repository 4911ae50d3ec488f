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

    public static ClerkStore OpenStore(ParseResult result) => ClerkStore.Open(StoreOptions.Resolve(result.GetValue(Db)));
}
