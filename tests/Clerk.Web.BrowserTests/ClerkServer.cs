using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Clerk.Web.BrowserTests;

/// <summary>
/// A real <c>clerk serve --demo</c> process on a free loopback port over a fresh demo database in a temporary
/// folder, started once for the test run and stopped afterwards. The server's output is kept for failure messages.
/// </summary>
public sealed class ClerkServer : IAsyncLifetime
{
    private readonly string _home = Directory.CreateTempSubdirectory("clerk-browser-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public Uri BaseUrl { get; private set; } = null!;

    public string Database => Path.Combine(_home, "demo.db");

    /// <summary>An editor's account, made with <c>clerk user add</c> before the server starts.</summary>
    public const string EditorEmail = "editor@example.org";

    /// <summary>The editor's one-time password, as <c>clerk user add --json</c> printed it.</summary>
    public string EditorPassword { get; private set; } = "";

    /// <summary>What the server printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        var demo = Run(["demo", "--db", Database], wait: true);
        if (demo.ExitCode != 0)
        {
            throw new InvalidOperationException($"clerk demo failed ({demo.ExitCode}): {Output}");
        }

        var printed = new StringBuilder();
        var user = Run(["user", "add", EditorEmail, "--role", "editor", "--db", Database, "--json"], wait: true, printed);
        if (user.ExitCode != 0)
        {
            throw new InvalidOperationException($"clerk user add failed ({user.ExitCode}): {Output}");
        }

        EditorPassword = System.Text.Json.JsonDocument.Parse(printed.ToString()).RootElement.GetProperty("password").GetString()
            ?? throw new InvalidOperationException($"clerk user add --json printed no password: {printed}");

        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        _process = Run(["serve", "--demo", "--db", Database, "--urls", BaseUrl.ToString().TrimEnd('/')], wait: false);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"clerk serve exited with {_process.ExitCode} before it was ready: {Output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"clerk serve did not answer /healthz within 60 s: {Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    // What the command prints goes to Output; its standard output also to stdout, when given.
    private Process Run(string[] args, bool wait, StringBuilder? stdout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clerk.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("The clerk command is not built beside the tests", dll);
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _home };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["HOME"] = _home;
        info.Environment["XDG_DATA_HOME"] = Path.Combine(_home, "data");
        info.Environment["CLERK_DB"] = null;
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, e) =>
        {
            Keep(e.Data);
            if (stdout is not null && e.Data is not null)
            {
                lock (stdout)
                {
                    stdout.AppendLine(e.Data);
                }
            }
        };
        p.ErrorDataReceived += (_, e) => Keep(e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (wait && !p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("clerk " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        if (wait)
        {
            p.WaitForExit();
        }

        return p;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
