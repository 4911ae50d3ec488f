using System.Diagnostics;
using System.Globalization;
using Clerk.Pacer.District;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Bench;

/// <summary>
/// The tree building of every HTML fixture (all folders), by the hand-written builder and by
/// AngleSharp's full one, once in a fresh process (what one <c>clerk import pacer</c> run pays)
/// and warm (best of five): the difference is what the hand-written builder saves an import.
/// </summary>
public static class TreeBuilders
{
    public static void Run()
    {
        var root = Path.Combine(FixtureCorpus.FixturesRoot(), "pacer-dockets");
        var texts = FixtureCorpus.Folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.html"))
            .Select(path => HtmlCleaning.Clean(TextDecoding.Decode(File.ReadAllBytes(path))))
            .ToArray();
        double mb = texts.Sum(t => (double)t.Length) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Length} HTML fixtures, {mb:F1} M characters"));
        Measure("hand-written (TokenTreeBuilder)", () => Array.ForEach(texts, t => TokenTreeBuilder.Build(t)));
        Measure("AngleSharp (full tree builder)", () => Array.ForEach(texts, t => Clerk.Pacer.Tests.TreeBuilding.AngleSharpOracle.Build(t)));

        void Measure(string label, Action all)
        {
            var clock = Stopwatch.StartNew();
            all();
            double cold = clock.Elapsed.TotalSeconds;
            double warm = double.MaxValue;
            for (int round = 0; round < 5; round++)
            {
                clock.Restart();
                all();
                warm = Math.Min(warm, clock.Elapsed.TotalSeconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-34} first pass {cold * 1000,7:F0} ms   warm {warm * 1000,7:F0} ms"));
        }
    }
}
