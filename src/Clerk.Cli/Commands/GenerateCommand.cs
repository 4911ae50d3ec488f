using System.CommandLine;
using System.Globalization;
using Clerk.App.Generation;
using Clerk.Cli.Output;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk generate --cases N --entries-per-case M [--seed S] [--first I]</c>: writes synthetic dockets.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "How many dockets to write", Required = true, HelpName = "N" };
        var entries = new Option<int>("--entries-per-case") { Description = "Docket entries in each", Required = true, HelpName = "M" };
        var seed = new Option<int>("--seed") { Description = "The same seed writes the same dockets (default 1)", DefaultValueFactory = _ => 1, HelpName = "S" };
        var first = new Option<int>("--first") { Description = "Index of the first docket, to add to an earlier run instead of rewriting it (default 0)", DefaultValueFactory = _ => 0, HelpName = "I" };
        var json = GlobalOptions.Json();
        var command = new Command("generate", "Write realistic synthetic dockets (captions, parties, counsel, motions, orders and rulings, dates in order) through the import path, for trying Clerk at scale")
        {
            cases, entries, seed, first, json,
        };
        command.SetAction(async (result, ct) =>
        {
            var options = new GenerateOptions(result.GetValue(cases), result.GetValue(entries), result.GetValue(seed), result.GetValue(first));
            if (options.Cases < 1 || options.EntriesPerCase < 1 || options.FirstIndex < 0)
            {
                throw new UsageException($"--cases and --entries-per-case take a whole number of at least 1, --first of at least 0 (given {options.Cases}, {options.EntriesPerCase}, {options.FirstIndex})");
            }

            using var store = GlobalOptions.OpenStore(result, create: true);
            var generator = new DocketGenerator(store);
            var summary = await ProgressBar.RunAsync("generating", options.Cases, show: true, advance =>
                generator.GenerateAsync(options, advance is null ? null : new Reported<int>(_ => advance()), ct));

            if (result.GetValue(json))
            {
                Output.Terminal.WriteJson(new { database = store.Options.Path, cases = summary.Cases, entries = summary.Entries, seconds = summary.Elapsed.TotalSeconds, entries_per_second = summary.EntriesPerSecond });
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {summary.Cases} synthetic docket(s), {summary.Entries} entries, into {store.Options.Path}; {summary.Elapsed.TotalSeconds:F2} s, {summary.EntriesPerSecond:F0} entries/s"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
