using System.CommandLine;
using Clerk.App.Checking;
using Clerk.Cli.Output;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk check [--json]</c>: verifies a database (see <see cref="DatabaseCheck"/>); exit 1 when it finds a problem.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var json = GlobalOptions.Json();
        var command = new Command("check", "Verify the database: foreign keys, one entry per docket place, and every case against the domain's rules; exit 1 naming each problem") { json };
        command.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result, longStatements: true);
            var report = await new DatabaseCheck(store).RunAsync(ct: ct);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(new
                {
                    database = report.Database,
                    cases = report.CasesChecked,
                    clean = report.Clean,
                    problems = report.Problems.Select(p => new { check = p.Check, @case = p.Case?.Value, problem = p.Problem }),
                });
            }
            else
            {
                foreach (var p in report.Problems)
                {
                    Console.Out.WriteLine(ControlCharacters.Visible($"{p.Check}: {(p.Case is { } c ? c.Value + ": " : "")}{p.Problem}"));
                }

                Console.Out.WriteLine(report.Clean
                    ? $"{report.Database}: clean ({report.CasesChecked} case(s) checked)"
                    : $"{report.Database}: {report.Problems.Count} problem(s) ({report.CasesChecked} case(s) checked)");
            }

            return report.Clean ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
