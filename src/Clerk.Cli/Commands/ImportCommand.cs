using System.CommandLine;
using System.Globalization;
using Clerk.App.Imports;
using Clerk.Cli.Output;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk import pacer PATH... [--court ID] [--strict]</c>: stores docket reports, one transaction
/// per docket, merging with what is stored. A file that cannot be imported is reported with its
/// name and the problem and the batch goes on (unless --strict); pages found in a folder that are
/// not docket reports are listed and passed over. The exit code says whether a docket failed.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = PacerFiles.PathHelp, Arity = ArgumentArity.OneOrMore };
        var court = new Option<string?>("--court") { Description = "The PACER court id (default: the file name up to the first '_' or '.')", HelpName = "ID" };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first file that is not imported; a page in a folder that is not a docket counts as a failure" };
        var partial = new Option<bool>("--partial") { Description = "Import reports cut short (they end before their closing markup) as far as they go, noting \"partial report\" on their source; without it they are refused" };
        var json = GlobalOptions.Json();
        var pacer = new Command("pacer", "Import PACER docket reports: re-importing a report, or a newer one of the same case, merges without duplicating")
        {
            paths, court, strict, partial, json,
        };
        pacer.SetAction(async (result, ct) =>
        {
            var given = result.GetValue(paths)!;
            var named = given.Select(Path.GetFullPath).Where(File.Exists).ToHashSet(StringComparer.Ordinal);
            var files = PacerFiles.Collect(given).Select(f => new ReportToImport(f.Path, FoundInFolder: !named.Contains(f.Path))).ToList();
            using var store = GlobalOptions.OpenStore(result, create: true);
            var importer = new DocketImporter(store);
            var options = new ImportOptions(result.GetValue(court), result.GetValue(strict), result.GetValue(partial));
            var report = new Progress(result.GetValue(json));
            var summary = await ProgressBar.RunAsync("importing", files.Count, show: files.Count > 1, advance =>
                importer.ImportAsync(files, options, new Reported<FileOutcome>(o => { report.Report(o); advance?.Invoke(); }), ct));

            var seconds = summary.Elapsed.TotalSeconds;
            if (result.GetValue(json))
            {
                Output.Terminal.WriteJson(new
                {
                    files = summary.Files, imported = summary.Imported, failed = summary.Failed, not_dockets = summary.Skipped,
                    entries_added = summary.EntriesAdded, entries_updated = summary.EntriesUpdated, entries_unchanged = summary.EntriesUnchanged,
                    entries_kept = summary.EntriesKept, seconds, entries_per_second = summary.EntriesPerSecond,
                    outcomes = summary.Outcomes.Select(o => new
                    {
                        path = o.Path,
                        outcome = o.Outcome switch { ImportOutcome.Imported => "imported", ImportOutcome.NotADocket => "not-a-docket", _ => "failed" },
                        problem = o.Problem,
                        @case = o.Case?.Value,
                        entries_added = o.Result?.EntriesAdded,
                        entries_updated = o.Result?.EntriesUpdated,
                        entries_unchanged = o.Result?.EntriesUnchanged,
                        entries_kept = o.Result?.EntriesKept,
                    }),
                });
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"files {summary.Files}, imported {summary.Imported}, failed {summary.Failed}, not dockets {summary.Skipped}; entries {summary.EntriesAdded} added, {summary.EntriesUpdated} updated, {summary.EntriesUnchanged} unchanged, {summary.EntriesKept} kept from earlier reports; {seconds:F2} s, {summary.EntriesPerSecond:F0} entries/s"));
            }

            return summary.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return new Command("import", "Import dockets into the database") { pacer };
    }

    // Problems go to standard error as they happen, so a long import shows them early; with --json
    // they are in the document too.
    private sealed class Progress(bool json) : IProgress<FileOutcome>
    {
        public void Report(FileOutcome value)
        {
            if (value.Outcome == ImportOutcome.Failed)
            {
                Console.Error.WriteLine($"{value.Path}: {value.Problem}");
            }
            else if (value.Outcome == ImportOutcome.NotADocket && !json)
            {
                Console.Error.WriteLine($"{value.Path}: skipped, {value.Problem}");
            }
        }
    }
}
