using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Clerk.Pacer.Bench;

var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn("MB/s", (size, seconds) => size.Bytes / 1e6 / seconds, "F1"))
    .AddColumn(new ThroughputColumn("files/s", (size, seconds) => size.Files / seconds, "F0"));
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args, config);
