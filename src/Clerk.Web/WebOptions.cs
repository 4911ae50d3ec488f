namespace Clerk.Web;

/// <summary>What <c>clerk serve</c> was asked for, read from configuration section <c>Clerk</c>.</summary>
/// <param name="Database">The database the server reads and writes.</param>
/// <param name="Demo">Whether the demo data is served and anonymous visitors may read it.</param>
public sealed record WebOptions(string Database, bool Demo)
{
    /// <summary>The options in configuration (<c>Clerk:Db</c>, <c>Clerk:Demo</c>).</summary>
    /// <exception cref="InvalidOperationException"><c>Clerk:Db</c> is not set.</exception>
    public static WebOptions From(IConfiguration configuration) => new(
        configuration["Clerk:Db"] ?? throw new InvalidOperationException("Clerk:Db is not set: the server needs a database (clerk serve --db PATH)"),
        configuration.GetValue<bool>("Clerk:Demo"));

    /// <summary>Command-line arguments that carry these options into <see cref="WebServer.Build"/>.</summary>
    public IEnumerable<string> ToArguments() => ["--Clerk:Db", Database, "--Clerk:Demo", Demo ? "true" : "false"];
}
