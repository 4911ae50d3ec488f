using System.CommandLine;
using Clerk.App.Access;
using Clerk.App.Accounts;
using Clerk.Cli.Output;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk token create EMAIL</c>: makes a personal API token and prints it once.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account the token acts for" };
        var name = new Option<string?>("--name") { Description = "What the token is for (shown on the account page)", HelpName = "TEXT" };
        var json = GlobalOptions.Json();
        var create = new Command("create", "Make a personal API token (Authorization: Bearer TOKEN); printed once, stored only as a hash") { email, name, json };
        create.SetAction(async (result, ct) =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var token = await new AccountService(store, GlobalOptions.Clock).CreateTokenAsync(Viewer.Operator, result.GetValue(email)!, result.GetValue(name) ?? "command line", ct);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(new { token });
            }
            else
            {
                System.Console.Out.WriteLine(token);
            }

            return ExitCodes.Ok;
        });
        return new Command("token", "Manage personal API tokens") { create };
    }
}
