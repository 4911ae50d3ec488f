using NodaTime;

namespace Clerk.Rules.Tests.Computation;

public sealed class The_fast_path
{
    [Fact]
    public void Computes_due_dates_without_allocating()
    {
        DeadlineRequest[] requests =
        [
            new("us-fed", new LocalDate(2024, 8, 21), 10, PeriodUnit.Days, Direction.After, ServiceMethod.Mail),
            new("us-fed-nm", new LocalDate(2025, 11, 14), 14, PeriodUnit.Days, Direction.After),
            new("us-nm", new LocalDate(2026, 11, 16), 10, PeriodUnit.Days, Direction.After, ServiceMethod.Mail),
            new("us-nm", new LocalDate(2021, 10, 21), 3, PeriodUnit.Years, Direction.After),
            new("us-fed", new LocalDate(2025, 3, 3), 30, PeriodUnit.Days, Direction.Before),
            new("us-fed", new LocalDate(2007, 8, 22), 10, PeriodUnit.Days, Direction.After),
        ];
        foreach (var request in requests)
        {
            _ = RuleBook.Default.ComputeDue(request);
        }

        // The JIT may allocate on this thread while it re-compiles the loop (tiering, on-stack replacement), once.
        // Code that allocates per call allocates in every round, so the quietest of several rounds is the measure.
        var sum = 0;
        var fewest = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++)
            {
                sum += RuleBook.Default.ComputeDue(requests[i % requests.Length]).Day;
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, fewest);
        Assert.True(sum > 0);
    }
}
