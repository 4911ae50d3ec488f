using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk import pacer PATH... [--court ID] [--strict]</c>: stores docket reports, one transaction
/// per docket, merging with what is stored. A file that cannot be imported is reported with its
/// name and the problem and the batch goes on (unless --strict); the exit code says whether any failed.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = PacerFiles.PathHelp, Arity = ArgumentArity.OneOrMore };
        var court = new Option<string?>("--court") { Description = "The PACER court id (default: the file name up to the first '_' or '.')", HelpName = "ID" };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first file that cannot be imported" };
        var partial = new Option<bool>("--partial") { Description = "Import reports cut short (they end before their closing markup) as far as they go, noting \"partial report\" on their source; without it they are refused" };
        var json = GlobalOptions.Json();
        var pacer = new Command("pacer", "Import PACER docket reports: re-importing a report, or a newer one of the same case, merges without duplicating")
        {
            paths, court, strict, partial, json,
        };
        pacer.SetAction(result =>
        {
            var files = PacerFiles.Collect(result.GetValue(paths)!);
            using var store = GlobalOptions.OpenStore(result);
            var summary = new Summary();
            var courtId = result.GetValue(court);
            var stopAtFirst = result.GetValue(strict);
            var acceptPartial = result.GetValue(partial);
            var clock = Stopwatch.StartNew();

            void ImportAll(Action? tick)
            {
                foreach (var file in files)
                {
                    var ok = ImportOne(store, file, courtId, acceptPartial, summary);
                    tick?.Invoke();
                    if (!ok && stopAtFirst)
                    {
                        break;
                    }
                }
            }

            if (files.Count > 1 && !Console.IsErrorRedirected)
            {
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("importing", maxValue: files.Count);
                        ImportAll(() => task.Increment(1));
                    });
            }
            else
            {
                ImportAll(null);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var entries = summary.Added + summary.Updated + summary.Unchanged;
            if (result.GetValue(json))
            {
                Output.Terminal.WriteJson(new
                {
                    files = files.Count, imported = summary.Imported, failed = summary.Failed, entries_added = summary.Added, entries_updated = summary.Updated,
                    entries_unchanged = summary.Unchanged, entries_kept = summary.Kept, seconds, entries_per_second = seconds > 0 ? entries / seconds : 0,
                });
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"files {files.Count}, imported {summary.Imported}, failed {summary.Failed}; entries {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Kept} kept from earlier reports; {seconds:F2} s, {(seconds > 0 ? entries / seconds : 0):F0} entries/s"));
            }

            return summary.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return new Command("import", "Import dockets into the database") { pacer };
    }

    private static bool ImportOne(ClerkStore store, ReportFile file, string? courtId, bool acceptPartial, Summary summary)
    {
        try
        {
            var content = File.ReadAllBytes(file.Path);
            var parsed = PacerDocketParser.Parse(content, CourtIds.For(file.Path, courtId));
            if (parsed.Docket is null)
            {
                return Fail(file, $"not a docket report: {parsed.NotDocketReason}", summary);
            }

            var truncation = parsed.Docket.Truncation;
            if (truncation is not null && !acceptPartial)
            {
                return Fail(file, $"partial report: {truncation}; nothing was stored (--partial imports what it holds)", summary);
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
            var title = $"Docket report {Path.GetFileName(file.Path)}" + (truncation is null ? "" : $" (partial report: {truncation})");
            var report = new Source(new SourceId("pacer:" + hash), SourceKind.CourtRecord, "PACER", title, null, file.Path, null);
            var imported = DocketMapper.ToMatter(parsed.Docket, report);
            var r = store.ImportDocket(imported.Matter, imported.Case);
            summary.Imported++;
            summary.Added += r.EntriesAdded;
            summary.Updated += r.EntriesUpdated;
            summary.Unchanged += r.EntriesUnchanged;
            summary.Kept += r.EntriesKept;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or MatterRejectedException or DomainRuleException or ArgumentException)
        {
            return Fail(file, e.Message, summary);
        }
    }

    private static bool Fail(ReportFile file, string problem, Summary summary)
    {
        summary.Failed++;
        Console.Error.WriteLine($"{file.Path}: {problem}");
        return false;
    }

    private sealed class Summary
    {
        public int Imported { get; set; }

        public int Failed { get; set; }

        public int Added { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public int Kept { get; set; }
    }
}
