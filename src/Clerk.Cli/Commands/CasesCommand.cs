using System.CommandLine;
using Clerk.Cli.Output;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.MatterFiles;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk cases</c>: lists cases, with filters.</summary>
internal static class CasesCommand
{
    public static Command Create()
    {
        var kind = new Option<string?>("--kind") { Description = "civil, criminal, appeal or bankruptcy" };
        kind.OneOf([.. Kebab.Names<CaseKind>()]);
        var status = new Option<string?>("--status") { Description = "open, stayed, dismissed or closed" };
        status.OneOf([.. Kebab.Names<CaseStatus>()]);
        var court = new Option<string?>("--court") { Description = "Only cases in this court (court id)", HelpName = "ID" };
        var judge = new Option<string?>("--judge") { Description = "Only cases assigned to this judge (judge id)", HelpName = "ID" };
        var search = new Option<string?>("--search") { Description = "Text in the caption, the docket number or a party's name", HelpName = "TEXT" };
        var party = new Option<string?>("--party") { Description = "Only cases this party takes part in (party id)", HelpName = "ID" };
        var json = GlobalOptions.Json();
        var command = new Command("cases", "List cases") { kind, status, court, judge, search, party, json };
        command.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var filter = new CaseFilter(
                Parse<CaseKind>(result.GetValue(kind)),
                Parse<CaseStatus>(result.GetValue(status)),
                result.GetValue(court) is { } c ? new CourtId(c) : null,
                result.GetValue(judge) is { } j ? new JudgeId(j) : null,
                result.GetValue(search),
                result.GetValue(party) is { } p ? new PartyId(p) : null);
            var list = await new CaseReader(store, Viewer.Operator).ListAsync(filter, ct);
            var cases = list.Cases;
            if (result.GetValue(json))
            {
                Terminal.WriteJson(cases.Select(x => new
                {
                    id = x.Id.Value,
                    court = x.Court.Value,
                    docket_number = x.DocketNumber,
                    caption = x.Caption,
                    kind = Kebab.Name(x.Kind),
                    status = Kebab.Name(x.Status),
                    judge = x.Judge?.Value,
                    filed = x.Filed?.ToString(),
                    terminated = x.Terminated?.ToString(),
                }));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Kind", "Status", "Filed", "Court", "Docket", "Caption");
            foreach (var x in cases)
            {
                table.AddRow(Markup.Escape(x.Id.Value), Kebab.Name(x.Kind), Kebab.Name(x.Status), Markup.Escape(x.Filed?.ToString() ?? "-"),
                    Markup.Escape(x.Court.Value), Markup.Escape(x.DocketNumber ?? "-"), Markup.Escape(x.Caption));
            }

            Terminal.Out.Write(table);
            Terminal.Out.MarkupLineInterpolated($"{cases.Count} case(s) in {list.Database}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static T? Parse<T>(string? text)
        where T : struct, Enum => text is not null && Kebab.TryParse<T>(text, out var v) ? v : null;
}
