using System.CommandLine;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk export CASE --format yaml|json</c>: writes one case as a matter file that <c>clerk load</c> reads back.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var caseId = new Argument<string>("CASE") { Description = "The case id (see 'clerk cases')" };
        var format = new Option<string>("--format") { Description = "yaml or json", DefaultValueFactory = _ => "yaml" };
        format.OneOf(["yaml", "json"]);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var command = new Command("export", "Write a case with everything about it as a matter file (to standard output unless --out)")
        {
            caseId, format, output,
        };
        command.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var matter = (await new CaseReader(store, Viewer.Operator).ReadAsync(new CaseId(result.GetValue(caseId)!), ct)).Matter;
            var text = MatterWriter.Write(matter, result.GetValue(format) == "json" ? MatterFormat.Json : MatterFormat.Yaml);
            if (result.GetValue(output) is { } file)
            {
                Output.OutputFile.Write("--out", file.FullName, text);
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
