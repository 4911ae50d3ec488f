using System.CommandLine;
using Clerk.Store;

namespace Clerk.Cli;

/// <summary>Options shared by the commands, and where --db is offered.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"The SQLite database file, or a PostgreSQL database (postgres://USER:PASSWORD@HOST:PORT/DB or Host=…;Database=…) (default: ${StoreOptions.EnvironmentVariable}, else {StoreOptions.DefaultPath})",
        HelpName = "PATH|URL",
    };

    // Commands that open no database: their help does not offer --db.
    private static readonly HashSet<string> WithoutDatabase = ["deadline", "limitation", "holidays", "pacer"];

    /// <summary>
    /// Adds --db to the root (so "clerk --db PATH cases" works) and to every command that opens a
    /// database, rather than to all of them recursively.
    /// </summary>
    public static void OfferDatabase(RootCommand root)
    {
        root.Options.Add(Db);
        foreach (var command in root.Subcommands.Where(c => !WithoutDatabase.Contains(c.Name)))
        {
            foreach (var leaf in Leaves(command))
            {
                leaf.Options.Add(Db);
            }
        }
    }

    private static IEnumerable<Command> Leaves(Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);

    /// <summary>Accepts only <paramref name="values"/>, refusing anything else in one line that names the option.</summary>
    public static void OneOf(this Option option, IReadOnlyList<string> values)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name}: unknown value \"{value}\"; accepted: {string.Join(", ", values)}");
            }
        });
        option.CompletionSources.Add([.. values]);
    }

    public static Option<bool> Json() => new("--json") { Description = "Write JSON on standard output instead of text" };

    /// <summary>Opens the database the command names. Only commands that write pass <paramref name="create"/>: a read of a missing file is an error.</summary>
    /// <param name="longStatements">For a command that reads the whole database in few statements (see <see cref="StoreOptions.LongStatements"/>).</param>
    public static ClerkStore OpenStore(ParseResult result, bool create = false, bool longStatements = false)
    {
        var options = StoreOptions.Resolve(result.GetValue(Db)) with { LongStatements = longStatements };
        OpenedPath = options.Path;
        return ClerkStore.Open(options, create);
    }

    /// <summary>The database the command opened, so that a database error can name it.</summary>
    public static string? OpenedPath { get; private set; }

    /// <summary>The clock commands read "today" from.</summary>
    public static NodaTime.IClock Clock => NodaTime.SystemClock.Instance;
}
