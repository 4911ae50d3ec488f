using BenchmarkDotNet.Running;
using Clerk.Rules.Bench;

if (args is ["coldstart"])
{
    ColdStart.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DeadlineBenchmarks).Assembly).Run(args);
