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
            var assembly = typeof(RuleBook).Assembly;
            using (var r = new StreamReader(assembly.GetManifestResourceStream("Clerk.Rules.Data.rulesets.yaml")!))
            {
                _ = Clerk.Rules.Loading.DataFileParser.Parse("rulesets.yaml", r);
            }

            Console.WriteLine($"parse one file: {clock.Elapsed.TotalMilliseconds}");
            clock.Restart();
            var data = Clerk.Rules.Loading.RuleDataLoader.Load(file => new StreamReader(assembly.GetManifestResourceStream($"Clerk.Rules.Data.{file}")!));
            Console.WriteLine($"load all: {clock.Elapsed.TotalMilliseconds}");
            clock.Restart();
            _ = data.Calendars[0].HolidaysIn(2020);
            Console.WriteLine($"one HolidaysIn: {clock.Elapsed.TotalMilliseconds}");
            clock.Restart();
            _ = new Clerk.Rules.Calendars.CourtDayTable(data.Calendars[1], null);
            Console.WriteLine($"one table: {clock.Elapsed.TotalMilliseconds}");
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
