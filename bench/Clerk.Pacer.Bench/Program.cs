using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Clerk.Pacer.Bench;

if (args is ["--stages", var folder])
{
    StageBreakdown.Run(folder);
    return;
}

if (args is ["--hostile"])
{
    HostileMarkup.Run();
    return;
}

if (args is ["--trees"])
{
    TreeBuilders.Run();
    return;
}

if (args is ["--quick", ..])
{
    QuickThroughput.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3, args.Length > 2 ? args[2] : null);
    return;
}

var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn("MB/s", (size, seconds) => size.Bytes / 1e6 / seconds, "F1"))
    .AddColumn(new ThroughputColumn("files/s", (size, seconds) => size.Files / seconds, "F0"));
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args, config);
