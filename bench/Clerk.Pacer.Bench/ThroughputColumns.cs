using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Clerk.Pacer.Bench;

/// <summary>Corpus sizes by folder, so the columns can turn a mean time into throughput.</summary>
public static class CorpusSizes
{
    private static readonly Dictionary<string, (long Bytes, int Files)> Sizes = [];

    // The summary is printed in the host process, which did not run GlobalSetup, so sizes are loaded here.
    public static (long Bytes, int Files) For(string folder)
    {
        if (!Sizes.TryGetValue(folder, out var size))
        {
            var corpus = FixtureCorpus.Load(folder);
            Sizes[folder] = size = (corpus.TotalBytes, corpus.Files.Count);
        }

        return size;
    }
}

/// <summary>A column computed from the corpus size and the mean time of an operation.</summary>
public sealed class ThroughputColumn(string name, Func<(long Bytes, int Files), double, double> compute, string format) : IColumn
{
    public string Id => name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name == "MB/s" ? "Report bytes parsed per second" : "Report files parsed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
        {
            return "NA";
        }

        var folder = benchmarkCase.Parameters[nameof(ParseBenchmarks.Folder)] as string ?? FixtureCorpus.All;
        var size = CorpusSizes.For(folder);
        double seconds = stats.Mean / 1e9;
        return compute(size, seconds).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
