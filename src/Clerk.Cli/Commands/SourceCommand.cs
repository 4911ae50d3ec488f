using System.CommandLine;
using Clerk.App.Sources;
using Clerk.Store.SourceFiles;
using Clerk.Cli.Output;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk source add FILE --publisher NAME [--title T] [--id ID]</c>: registers a dated news report.</summary>
internal static class SourceCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A news report: first line 'date YYYY-MM-DD', then the text" };
        var publisher = new Option<string>("--publisher") { Description = "Who published the report", Required = true, HelpName = "NAME" };
        var title = new Option<string?>("--title") { Description = "The report's title (default: its first line)", HelpName = "T" };
        var id = new Option<string?>("--id") { Description = "The source id facts will cite (default: publisher, date and a hash of the text)", HelpName = "ID" };
        var replace = new Option<bool>("--replace") { Description = "Replace a different source already stored under the id (the facts citing it then cite this one)" };
        var json = GlobalOptions.Json();
        var add = new Command("add", "Register a dated news report as a source; a file without the date line or with an impossible date is refused")
        {
            file, publisher, title, id, replace, json,
        };
        add.SetAction(async (result, ct) =>
        {
            // The file is checked before the database is opened, so a refused file creates nothing.
            var source = NewsReportFile.Read(result.GetValue(file)!.FullName, result.GetValue(publisher)!, result.GetValue(title), result.GetValue(id));
            using var store = GlobalOptions.OpenStore(result, create: true);
            var (_, state, citedBy) = await new SourceRegistrar(store).AddAsync(source, result.GetValue(replace), ct);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(new { id = source.Id.Value, publisher = source.Publisher, title = source.Title, date = source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), state, cited_by = citedBy });
            }
            else
            {
                Terminal.Out.MarkupLineInterpolated($"Source {source.Id.Value} ({source.Publisher}, {source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}) {state}{(state == "updated" ? $"; {citedBy} fact(s) cite it" : "")}.");
            }

            return ExitCodes.Ok;
        });
        return new Command("source", "Manage sources (news reports, court records)") { add };
    }
}
