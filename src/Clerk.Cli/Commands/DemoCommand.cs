using System.CommandLine;
using System.Reflection;
using Clerk.Cli.Output;
using Clerk.Store;
using Clerk.Store.MatterFiles;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk demo</c>: (re)creates the demo database from the Rust matter file shipped inside Clerk
/// and shows it. It uses <c>--db</c> when given, otherwise its own file beside the default database,
/// never CLERK_DB, so it cannot overwrite a working database by accident.
/// </summary>
internal static class DemoCommand
{
    public const string ResourceName = "rust.matter.yaml";

    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("demo", $"Rebuild the demo database (--db, default {StoreOptions.DefaultDemoPath}) from the Rust matters and show them") { json };
        command.SetAction(result =>
        {
            var path = Path.GetFullPath(result.GetValue(GlobalOptions.Db) ?? StoreOptions.DefaultDemoPath);
            var matter = MatterReader.Parse(ReadDemoFile(), ResourceName);
            if (File.Exists(path) || Directory.Exists(path))
            {
                DemoDatabase.CheckReplaceable(path, [.. matter.Cases.Select(c => c.Id.Value)], path == Path.GetFullPath(StoreOptions.DefaultDemoPath));
                foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
                {
                    File.Delete(file);
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var store = ClerkStore.Open(new StoreOptions(path));
            DemoDatabase.Stamp(store);
            store.Save(matter);
            var stored = store.ReadCases(matter.Cases.Select(c => c.Id));
            if (result.GetValue(json))
            {
                Terminal.WriteJson(CaseCommand.ToJson(stored));
                return ExitCodes.Ok;
            }

            Terminal.Out.Write(new Rule($"[bold]Clerk demo[/]: the Rust matters, stored in {Markup.Escape(path)}").LeftJustified());
            var today = DeadlinesCommand.Today(stored.Courts.Count > 0 ? stored.Courts[0] : null);
            MatterView.Render(Terminal.Out, stored, (console, c) =>
                CaseRules.Of(stored, c, stored.Courts.FirstOrDefault(x => x.Id == c.Court), today).Render(console, explain: false));
            Terminal.Out.MarkupLineInterpolated($"Try: clerk --db {path} cases");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static string ReadDemoFile()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo matter file {ResourceName} is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
