using System.CommandLine;
using Clerk.App.Access;
using Clerk.App.Accounts;
using Clerk.Cli.Output;
using Clerk.Store.MatterFiles;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk user add EMAIL --role admin|editor|viewer</c>: makes an account for the web app and prints its one-time password once.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("EMAIL") { Description = "The account's e-mail address, used to sign in" };
        var role = new Option<string>("--role") { Description = "admin, editor or viewer", Required = true };
        role.OneOf([.. Kebab.Names<Role>()]);
        var json = GlobalOptions.Json();
        var add = new Command("add", "Make an account; its one-time password is printed once and stored only as a hash") { email, role, json };
        add.SetAction(async (result, ct) =>
        {
            var r = Kebab.TryParse<Role>(result.GetValue(role)!, out var parsed) ? parsed : throw new UsageException($"--role: unknown value \"{result.GetValue(role)}\"");
            using var store = GlobalOptions.OpenStore(result, create: true);
            var account = await new AccountService(store, GlobalOptions.Clock).AddUserAsync(Viewer.Operator, result.GetValue(email)!, r, ct);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(new { email = account.Email, role = Kebab.Name(account.Role), password = account.Password });
            }
            else
            {
                System.Console.Out.WriteLine($"Account {account.Email} ({Kebab.Name(account.Role)}); one-time password, shown only now: {account.Password}");
            }

            return ExitCodes.Ok;
        });
        return new Command("user", "Manage the web app's accounts") { add };
    }
}
