using System.CommandLine;
using System.Text.Json.Nodes;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Cli.Output;
using Clerk.Domain;
using Clerk.Store.MatterFiles;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk case ID</c>: shows one case with everything about it and its sources.</summary>
internal static class CaseCommand
{
    public static Command Create()
    {
        var caseId = new Argument<string>("ID") { Description = "The case id (see 'clerk cases')" };
        var json = GlobalOptions.Json();
        var command = new Command("case", "Show one case: court, judge, parties, counsel, motions, charges, claims and its chronology, each with its sources")
        {
            caseId, json,
        };
        command.SetAction(async (result, ct) =>
        {
            if (!result.GetValue(json))
            {
                Terminal.WarmUp();
            }

            using var store = GlobalOptions.OpenStore(result);
            var file = await new CaseReader(store, Viewer.Operator).ReadAsync(new CaseId(result.GetValue(caseId)!), ct);
            if (result.GetValue(json))
            {
                var node = ToJson(file.Matter);
                node["partial_report"] = file.PartialReport;
                Terminal.WriteTree(node);
            }
            else
            {
                MatterView.Render(Terminal.Out, file.Matter, (console, c) =>
                {
                    if (c.Id == file.Case.Id && file.PartialReport is { } partial)
                    {
                        console.MarkupLine($"[yellow bold]Partial docket:[/] [yellow]{Markup.Escape(ControlCharacters.Visible(partial))} (imported with --partial; a complete report of the docket ends this)[/]");
                    }
                });
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The matter as its export file would hold it, plus the merged chronology.</summary>
    public static JsonObject ToJson(Matter matter)
    {
        var node = MatterWriter.ToJson(matter);
        var citations = matter.Citations.ToLookup(c => c.Fact);
        node["chronology"] = new JsonArray([.. Chronology.Of(matter).Select(line => (JsonNode)new JsonObject
        {
            ["date"] = line.Date?.ToString(),
            ["case"] = line.Case?.Value,
            ["kind"] = line.Kind,
            ["text"] = line.Text,
            ["sources"] = new JsonArray([.. citations[line.Fact].Select(c => (JsonNode)JsonValue.Create(c.Source.Value)!)]),
        })]);
        return node;
    }
}
