using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Clerk.Rules.Bench;

/// <summary>
/// Deadline computations on one thread. <see cref="ComputeDue"/> measures <c>RuleBook.ComputeDue</c>, the
/// non-allocating path (court-day tables); <see cref="ComputeDeadline"/> measures the explained path for comparison.
/// Each invocation runs the whole mix, so the reported time is per computation.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int MixSize = 4096;
    private readonly RuleBook _book = RuleBook.Default;
    private DeadlineRequest[] _requests = [];

    [GlobalSetup]
    public void Setup()
    {
        _requests = RequestMix.Create(MixSize);
        _ = _book.ComputeDue(_requests[0]);
    }

    [Benchmark(OperationsPerInvoke = MixSize)]
    public LocalDate ComputeDue()
    {
        var last = default(LocalDate);
        foreach (var request in _requests)
        {
            last = _book.ComputeDue(request);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = MixSize)]
    public int ComputeDeadline()
    {
        var steps = 0;
        foreach (var request in _requests)
        {
            steps += _book.ComputeDeadline(request).Steps.Count;
        }

        return steps;
    }
}
