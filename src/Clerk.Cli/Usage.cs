using System.CommandLine;
using Clerk.Cli.Output;

namespace Clerk.Cli;

/// <summary>How a command line that does not parse is refused: each problem once, and the help of the command that was meant.</summary>
internal static class Usage
{
    public static int Refuse(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (command is RootCommand && parse.UnmatchedTokens is [var unknown, ..])
        {
            // One line, not System.CommandLine's "required command" beside "unrecognized command".
            Terminal.Error($"clerk: unknown command \"{unknown}\"; commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))}");
        }
        else
        {
            foreach (var error in parse.Errors)
            {
                Terminal.Error($"clerk: {error.Message}");
            }
        }

        Terminal.Error($"Run '{string.Join(' ', Path(parse.CommandResult))} --help' for usage.");
        return ExitCodes.BadInput;
    }

    private static IEnumerable<string> Path(System.CommandLine.Parsing.CommandResult result) =>
        result.Parent is System.CommandLine.Parsing.CommandResult parent
            ? Path(parent).Append(result.Command.Name)
            : ["clerk"];
}
