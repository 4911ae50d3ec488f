using System.Diagnostics;
using System.Globalization;
using Clerk.Pacer.District;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Bench;

/// <summary>
/// Where the time of a district/bankruptcy parse goes, per stage, over one fixture folder (best of
/// eight warm rounds): decoding and cleaning, the tree builder alone, the numbered sanitised tree, and the whole parse. The rules take the rest.
/// </summary>
public static class StageBreakdown
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(FixtureCorpus.FixturesRoot(), "pacer-dockets", folder), "*.html");
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var courts = files.Select(PacerDocketParser.CourtIdFromFileName).ToArray();
        var texts = bytes.Select(b => HtmlCleaning.Clean(TextDecoding.Decode(b))).ToArray();
        double mb = bytes.Sum(b => (double)b.Length) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {files.Length} files, {mb:F2} MB"));

        Time("decode + clean", () =>
        {
            foreach (var b in bytes)
            {
                HtmlCleaning.Clean(TextDecoding.Decode(b));
            }
        });
        Time("tree builder", () =>
        {
            foreach (var t in texts)
            {
                TokenTreeBuilder.Build(t);
            }
        });
        Time("sanitised tree", () =>
        {
            foreach (var t in texts)
            {
                HtmlTree.Parse(t);
            }
        });
        Time("whole parse", () =>
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                PacerDocketParser.Parse(bytes[i], courts[i]);
            }
        });

        void Time(string stage, Action run)
        {
            for (int i = 0; i < 5; i++)
            {
                run();
            }

            double best = double.MaxValue;
            for (int round = 0; round < 8; round++)
            {
                var clock = Stopwatch.StartNew();
                run();
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-20} {best * 1000,8:F1} ms  {mb / best,7:F1} MB/s"));
        }
    }
}
