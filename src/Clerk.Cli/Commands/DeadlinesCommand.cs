using System.CommandLine;
using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.Cli.Output;
using Clerk.Domain;
using NodaTime;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk deadlines CASE [--as-of DATE] [--json]</c>: a case's deadlines and limitation checks.</summary>
internal static class DeadlinesCommand
{
    public static Command Create()
    {
        var caseId = new Argument<string>("CASE") { Description = "The case id (see 'clerk cases')" };
        var asOf = new Option<string?>("--as-of") { Description = "Judge open against missed as of this day (default: today in the court's time zone)", HelpName = "YYYY-MM-DD" };
        var json = GlobalOptions.Json();
        var command = new Command("deadlines", "List a case's deadlines with status (open, met, missed) and explanations, and the limitation check of each claim")
        {
            caseId, asOf, json,
        };
        command.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var service = new CaseDeadlineService(new CaseReader(store, Viewer.Operator), GlobalOptions.Clock);
            var asOfDate = result.GetValue(asOf) is { } a ? RuleArguments.Date("--as-of", a) : (LocalDate?)null;
            var report = await service.ForCaseAsync(new CaseId(result.GetValue(caseId)!), asOfDate, ct);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(report.ToJson());
                return ExitCodes.Ok;
            }

            CaseDeadlineView.Render(Terminal.Out, report, explain: true);
            return ExitCodes.Ok;
        });
        return command;
    }
}
