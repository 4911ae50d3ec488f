using System.CommandLine;
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
        var demo = new Option<bool>("--demo") { Description = "Serve the Rust demo (its own database unless --db); anonymous visitors may read it" };
        var command = new Command("serve", "Serve the web app and the REST API") { urls, demo };
        command.SetAction(async (result, ct) =>
        {
            var path = StoreOptions.Resolve(result.GetValue(GlobalOptions.Db)).Path;
            var options = new WebOptions(path, result.GetValue(demo));
            await using var app = WebServer.Build([.. options.ToArguments(), "--urls", result.GetValue(urls)!]);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
