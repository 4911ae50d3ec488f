using System.CommandLine;
using Clerk.App.Demo;
using Clerk.Store;
using Clerk.Web;
using Microsoft.Extensions.Hosting;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk serve</c>: the web app and REST API over one database.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080", HelpName = "URL" };
        var demo = new Option<bool>("--demo") { Description = "Serve the Rust demo (its own database unless --db, and only a database the demo made); anonymous visitors may read it" };
        var command = new Command("serve", "Serve the web app and the REST API; on first start an admin account is made and its one-time password printed") { urls, demo };
        command.SetAction(async (result, ct) =>
        {
            var isDemo = result.GetValue(demo);
            string path;
            if (isDemo)
            {
                path = Path.GetFullPath(result.GetValue(GlobalOptions.Db) ?? StoreOptions.DefaultDemoPath);
                await DemoDatabase.PrepareToServeAsync(path, ct);
            }
            else
            {
                path = StoreOptions.Resolve(result.GetValue(GlobalOptions.Db)).Path;
                // The server only reads a database that exists; 'clerk load' or 'clerk import' make one.
                ClerkStore.Open(new StoreOptions(path), create: false).Dispose();
            }

            var url = result.GetValue(urls)!;
            await using var app = WebServer.Build([.. new WebOptions(path, isDemo).ToArguments(), "--urls", url]);
            await app.StartAsync(ct);
            var site = app.Urls.FirstOrDefault() ?? url;
            Console.Out.WriteLine($"Clerk serves {path} at {site}");
            Console.Out.WriteLine(isDemo
                ? $"Anyone may read the demo; to edit, sign in at {site}/account/signin (the admin password is printed on first start; more accounts: clerk user add EMAIL --role editor --db {path})"
                : $"Sign in at {site}/account/signin (accounts: clerk user add EMAIL --role admin|editor|viewer --db {path}); the API is at {site}/api/v1, its reference at {site}/scalar");
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
