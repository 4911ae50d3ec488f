using System.CommandLine;
using Clerk.App.Matters;
using Clerk.Cli.Output;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk load FILE</c>: checks a whole matter file, then stores it in one transaction.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A matter file (YAML or JSON; see docs/matter-files.md)" };
        var json = GlobalOptions.Json();
        var command = new Command("load", "Check a matter file and store its facts. On any error, list every error as FILE:LINE: what was expected, exit 2 and write nothing. Loading the same file again changes nothing.")
        {
            file, json,
        };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!.FullName;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"FILE: no such file: {path}");
            }

            using var store = GlobalOptions.OpenStore(result, create: true);
            var loaded = await new MatterLoader(store).LoadAsync(path, ct);
            var saved = loaded.Saved;
            if (result.GetValue(json))
            {
                Terminal.WriteJson(new { file = loaded.File, database = loaded.Database, facts = saved.Total, added = saved.Added, updated = saved.Updated, unchanged = saved.Unchanged });
            }
            else
            {
                Terminal.Out.MarkupLineInterpolated($"Loaded {loaded.File} into {loaded.Database}: {saved.Total} facts ({saved.Added} added, {saved.Updated} updated, {saved.Unchanged} unchanged).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
