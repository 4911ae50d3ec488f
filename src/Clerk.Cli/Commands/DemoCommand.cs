using System.CommandLine;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Demo;
using Clerk.Cli.Output;
using Clerk.Store;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk demo</c>: (re)creates the demo database from the Rust matter file shipped inside Clerk
/// and shows it. It uses <c>--db</c> when given, otherwise its own file beside the default database,
/// never CLERK_DB, so it cannot overwrite a working database by accident.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("demo", $"Rebuild the demo database (--db, default {StoreOptions.DefaultDemoPath}) from the Rust matters and show them") { json };
        command.SetAction(async (result, ct) =>
        {
            var options = StoreOptions.Named(result.GetValue(GlobalOptions.Db) ?? StoreOptions.DefaultDemoPath);
            var path = options.Path;
            var stored = await DemoDatabase.RebuildAsync(options, ct);
            using var store = ClerkStore.Open(options);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(CaseCommand.ToJson(stored));
                return ExitCodes.Ok;
            }

            Terminal.Out.Write(new Rule($"[bold]Clerk demo[/]: the Rust matters, stored in {Markup.Escape(path)}").LeftJustified());
            var deadlines = new CaseDeadlineService(new CaseReader(store, Viewer.Operator), GlobalOptions.Clock);
            MatterView.Render(Terminal.Out, stored, (console, c) =>
                CaseDeadlineView.Render(console, deadlines.For(new CaseFile(c, stored)), explain: false));
            Terminal.Out.MarkupLineInterpolated($"Try: clerk --db {path} cases");
            return ExitCodes.Ok;
        });
        return command;
    }
}
