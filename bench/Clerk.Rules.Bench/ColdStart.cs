using System.Diagnostics;
using System.Globalization;
using NodaTime;

namespace Clerk.Rules.Bench;

/// <summary>
/// What a fresh <c>clerk deadline</c> process pays before its first answer: loading <see cref="RuleBook.Default"/>
/// from the embedded YAML and computing one explained deadline. Run in a new process each time.
/// </summary>
internal static class ColdStart
{
    public static void Run()
    {
        var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var clock = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("CLERK_BENCH_PHASES") is "1")
        {
            var y0 = new YamlDotNet.RepresentationModel.YamlStream();
            y0.Load(new StringReader("a: 1\n"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first tiny yaml: {clock.Elapsed.TotalMilliseconds:F1} ms"));
            clock.Restart();
            var assembly = typeof(RuleBook).Assembly;
            _ = Clerk.Rules.Loading.RuleDataLoader.Load(file => new StreamReader(assembly.GetManifestResourceStream($"Clerk.Rules.Data.{file}")!));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"YAML parse only: {clock.Elapsed.TotalMilliseconds:F1} ms"));
            clock.Restart();
            _ = Clerk.Rules.Loading.RuleDataLoader.Load(file => new StreamReader(assembly.GetManifestResourceStream($"Clerk.Rules.Data.{file}")!));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"YAML parse again: {clock.Elapsed.TotalMilliseconds:F1} ms"));
            clock.Restart();
            var y = new YamlDotNet.RepresentationModel.YamlStream();
            y.Load(new StringReader("a: 1"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tiny yaml: {clock.Elapsed.TotalMilliseconds:F1} ms"));
            clock.Restart();
        }

        var book = RuleBook.Default;
        var loaded = clock.Elapsed;
        var deadline = book.ComputeDeadline(new DeadlineRequest("us-nm", new LocalDate(2026, 11, 16), 10, PeriodUnit.Days, Direction.After, ServiceMethod.Mail));
        var computed = clock.Elapsed;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"runtime start to Main: {sinceProcessStart.TotalMilliseconds:F1} ms; RuleBook.Default: {loaded.TotalMilliseconds:F1} ms; "
            + $"first ComputeDeadline: {(computed - loaded).TotalMilliseconds:F1} ms; due {deadline.Due:uuuu-MM-dd}"));
    }
}
