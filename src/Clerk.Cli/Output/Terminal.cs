using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Clerk.Cli.Output;

/// <summary>Where commands write: a Spectre console for people, plain JSON for scripts.</summary>
internal static class Terminal
{
    private static readonly Lazy<IAnsiConsole> Console = new(Create);

    public static IAnsiConsole Out => Console.Value;

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static void WriteJson<T>(T value) => System.Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Writes a JSON tree as it is (no serializer metadata to build: a short command feels that).</summary>
    public static void WriteTree(System.Text.Json.Nodes.JsonNode value) => System.Console.Out.WriteLine(value.ToJsonString(JsonOptions));

    /// <summary>Writes a message for people to standard error; messages quote file contents, so control characters are shown, not sent.</summary>
    public static void Error(string message) => System.Console.Error.WriteLine(ControlCharacters.Visible(message));

    private static readonly Lazy<Task> Warmed = new(() => Task.Run(() =>
    {
        // What a view draws, drawn once where nobody sees it: rules, grids, tables, markup and the
        // width of every character (Spectre.Console's Unicode width tables), each loaded and compiled.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        console.Pipeline.Attach(new ControlCharacters());
        console.Profile.Width = 160;
        console.Write(new Rule("[bold]a[/]").LeftJustified());
        console.Write(new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn().AddRow("[bold]a[/]", "b [grey][[c]][/]"));
        console.Write(new Table().Border(TableBorder.Simple).AddColumns("a", "b").AddRow("c", "[grey]d[/]"));
        console.MarkupLine("[bold]a[/] b — c");
    }));

    /// <summary>
    /// Starts drawing a view on another core, so that a command that reads before it draws (a case
    /// from the database) does not then pay, on its own core, for loading and compiling the drawing:
    /// about 50 ms of a short command's run. Harmless to call more than once, or to draw before it ends.
    /// </summary>
    public static void WarmUp() => _ = Warmed.Value;

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        console.Pipeline.Attach(new ControlCharacters());
        if (System.Console.IsOutputRedirected)
        {
            // Piped output keeps each line whole instead of wrapping at 80 columns.
            console.Profile.Width = 160;
        }

        return console;
    }
}
