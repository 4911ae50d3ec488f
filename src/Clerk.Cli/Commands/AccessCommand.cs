using System.CommandLine;
using Clerk.App.Access;
using Clerk.Domain;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk access restrict CASE --allow EMAIL…</c> and <c>clerk access open CASE</c>: a restricted case's access list.</summary>
internal static class AccessCommand
{
    public static Command Create()
    {
        var restrictCase = new Argument<string>("CASE") { Description = "The case id" };
        var allow = new Option<string[]>("--allow") { Description = "Accounts (e-mail addresses) that may see the case", Required = true, AllowMultipleArgumentsPerToken = true, HelpName = "EMAIL" };
        var restrict = new Command("restrict", "Restrict a case to the accounts on its list (added to any already there): for anyone else it does not exist") { restrictCase, allow };
        restrict.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var id = new CaseId(result.GetValue(restrictCase)!);
            var access = new CaseAccessService(store);
            await access.RestrictAsync(Viewer.Operator, id, result.GetValue(allow)!, ct);
            var (_, allowed) = await access.ListOfAsync(id, ct);
            System.Console.Out.WriteLine($"Case {id} is restricted to: {string.Join(", ", allowed)}");
            return ExitCodes.Ok;
        });

        var openCase = new Argument<string>("CASE") { Description = "The case id" };
        var open = new Command("open", "Lift a case's restriction: every account may see it again") { openCase };
        open.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var id = new CaseId(result.GetValue(openCase)!);
            await new CaseAccessService(store).OpenAsync(Viewer.Operator, id, ct);
            System.Console.Out.WriteLine($"Case {id} is open to every account.");
            return ExitCodes.Ok;
        });
        return new Command("access", "Manage who may see restricted cases") { restrict, open };
    }
}
