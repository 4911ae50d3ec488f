using System.Diagnostics;

namespace Clerk.Cli.Tests;

/// <summary>The result of one run of the clerk command.</summary>
public sealed record Run(int ExitCode, string Out, string Err);

/// <summary>
/// Runs the built clerk command in a separate process with its own temporary home folder, so the
/// default database paths point inside it and the machine's own files are never touched.
/// </summary>
public sealed class ClerkProcess : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("clerk-cli-").FullName;

    public string Home => _home;

    public string Db => Path.Combine(_home, "test.db");

    public Dictionary<string, string?> Environment { get; } = new() { ["CLERK_DB"] = null };

    /// <summary>Starts clerk without waiting for it (standard output and error redirected, input closed).</summary>
    public Process Start(params string[] args)
    {
        var p = Process.Start(Info(args))!;
        p.StandardInput.Close();
        return p;
    }

    public Run Clerk(params string[] args)
    {
        using var p = Start(args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("clerk " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return new Run(p.ExitCode, stdout.Result, stderr.Result);
    }

    private ProcessStartInfo Info(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clerk.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("The clerk command is not built beside the tests", dll);
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = _home };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["HOME"] = _home;
        info.Environment["XDG_DATA_HOME"] = Path.Combine(_home, "data");
        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>Writes a file in this test's home folder and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(_home, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The SHA-256 of a file, to show it was left byte for byte as it was.</summary>
    public static string Hash(string file) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Runs SQL on a database directly, as another program (or an older Clerk) might have written it; returns the rows changed.</summary>
    public static int Sql(string database, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs with <c>--db</c> set to this test's database.</summary>
    public Run WithDb(params string[] args) => Clerk([.. args, "--db", Db]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_home, recursive: true);
    }
}
