using BenchmarkDotNet.Attributes;

namespace Clerk.Pacer.Bench;

/// <summary>
/// Parses every district, bankruptcy, special, fake-rss and not-docket fixture once per operation,
/// on one thread, after warm-up. The throughput columns divide the corpus size by the mean time.
/// </summary>
// A short job, but with enough warm-up for tiered compilation to reach its optimised code.
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 5)]
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private FixtureCorpus _all = null!;
    private FixtureCorpus _district = null!;
    private FixtureCorpus _bankruptcy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _all = FixtureCorpus.Load(FixtureCorpus.Folders);
        _district = FixtureCorpus.Load(["district"]);
        _bankruptcy = FixtureCorpus.Load(["bankruptcy"]);
        Corpora.Register(nameof(AllFixtures), _all);
        Corpora.Register(nameof(DistrictFixtures), _district);
        Corpora.Register(nameof(BankruptcyFixtures), _bankruptcy);
    }

    [Benchmark]
    public int AllFixtures() => Parse(_all);

    [Benchmark]
    public int DistrictFixtures() => Parse(_district);

    [Benchmark]
    public int BankruptcyFixtures() => Parse(_bankruptcy);

    private static int Parse(FixtureCorpus corpus)
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
