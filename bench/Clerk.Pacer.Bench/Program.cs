using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Clerk.Pacer.Bench;

if (args is ["--stages", var stageFolder]) { Stages.Run(stageFolder); return; }
if (args is ["--perfile", var pf]) { PerFile.Run(pf); return; }
if (args is ["--compare", var cmp]) { Compare.Run(cmp); return; }
if (args is ["--loop", var lf, var ls]) { Loop.Run(lf, double.Parse(ls, CultureInfo.InvariantCulture)); return; }
if (args is ["--quick", ..])
{
    QuickThroughput.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3, args.Length > 2 ? args[2] : null);
    return;
}

var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn("MB/s", (size, seconds) => size.Bytes / 1e6 / seconds, "F1"))
    .AddColumn(new ThroughputColumn("files/s", (size, seconds) => size.Files / seconds, "F0"));
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args, config);
