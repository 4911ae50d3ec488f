namespace Clerk.App.Imports;

/// <summary>
/// A number of bytes that work in flight may hold at once: taking waits until enough is free.
/// One taker at a time (the import's reader); any thread may give back.
/// </summary>
internal sealed class ByteBudget(long total) : IDisposable
{
    private readonly SemaphoreSlim freed = new(0);
    private long taken;

    /// <summary>What a piece of work of <paramref name="size"/> bytes takes: never more than the whole budget, so the biggest file can still go, alone.</summary>
    public long Cost(long size) => Math.Clamp(size, 1, total);

    /// <summary>Waits until <paramref name="cost"/> bytes are free, then takes them.</summary>
    public async Task TakeAsync(long cost, CancellationToken ct)
    {
        while (total - Interlocked.Read(ref taken) < cost)
        {
            await freed.WaitAsync(ct);
        }

        Interlocked.Add(ref taken, cost);
    }

    /// <summary>Gives back <paramref name="cost"/> bytes taken before.</summary>
    public void Release(long cost)
    {
        Interlocked.Add(ref taken, -cost);
        freed.Release();
    }

    public void Dispose() => freed.Dispose();
}
