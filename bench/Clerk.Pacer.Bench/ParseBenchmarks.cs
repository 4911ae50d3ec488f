using BenchmarkDotNet.Attributes;

namespace Clerk.Pacer.Bench;

/// <summary>
/// Parses every fixture report of one folder (or of all of them) once per operation, from bytes,
/// through <see cref="PacerDocketParser.Parse(ReadOnlyMemory{byte}, string)"/>, on one thread, after warm-up. The throughput
/// columns divide the corpus size by the mean time.
/// </summary>
// A short job, but with enough warm-up for tiered compilation to reach its optimised code.
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 5)]
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private FixtureCorpus _corpus = null!;

    public static IEnumerable<string> Corpora => [FixtureCorpus.All, .. FixtureCorpus.Folders];

    [ParamsSource(nameof(Corpora))]
    public string Folder { get; set; } = FixtureCorpus.All;

    [GlobalSetup]
    public void Setup() => _corpus = FixtureCorpus.Load(Folder);

    [Benchmark]
    public int Parse() => ParseAll(_corpus);

    internal static int ParseAll(FixtureCorpus corpus)
    {
        int dockets = 0;
        foreach (var (content, court) in corpus.Files)
        {
            if (PacerDocketParser.Parse(content, court).Docket is not null)
            {
                dockets++;
            }
        }

        return dockets;
    }
}
