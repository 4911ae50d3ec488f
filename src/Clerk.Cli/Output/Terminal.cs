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
