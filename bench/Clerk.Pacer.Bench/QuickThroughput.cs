using System.Diagnostics;
using System.Globalization;

namespace Clerk.Pacer.Bench;

/// <summary>
/// A fast check between BenchmarkDotNet runs: per folder, warm up, then parse the folder repeatedly
/// for a few seconds and print MB/s by wall clock and by process CPU time (steadier on a shared machine).
/// </summary>
public static class QuickThroughput
{
    public static void Run(double seconds, string? only)
    {
        foreach (var folder in ParseBenchmarks.Corpora.Where(f => only is null || f == only))
        {
            var corpus = FixtureCorpus.Load(folder);
            for (int i = 0; i < 10; i++)
            {
                ParseBenchmarks.ParseAll(corpus);
            }

            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var pauseStart = GC.GetTotalPauseDuration();
            long allocatedStart = GC.GetTotalAllocatedBytes(precise: false);
            int gen0Start = GC.CollectionCount(0), gen1Start = GC.CollectionCount(1), gen2Start = GC.CollectionCount(2);
            var clock = Stopwatch.StartNew();
            int rounds = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                ParseBenchmarks.ParseAll(corpus);
                rounds++;
            }

            double wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
            double mb = corpus.TotalBytes * (double)rounds / 1e6;
            double pause = (GC.GetTotalPauseDuration() - pauseStart).TotalSeconds;
            double allocated = (GC.GetTotalAllocatedBytes(precise: false) - allocatedStart) / 1e6 / rounds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{folder,-22} {corpus.Files.Count,4} files {corpus.TotalBytes / 1e6,6:F2} MB  wall {mb / wall,6:F1} MB/s  cpu {mb / cpu,6:F1} MB/s  GC pause {100 * pause / wall,4:F1} %  alloc {allocated,7:F1} MB/op  gc0/1/2 {GC.CollectionCount(0) - gen0Start}/{GC.CollectionCount(1) - gen1Start}/{GC.CollectionCount(2) - gen2Start}"));
        }
    }
}
