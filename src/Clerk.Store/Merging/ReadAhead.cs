using System.Collections.Concurrent;

namespace Clerk.Store.Merging;

/// <summary>Enumerates a sequence on another thread, a bounded number of items ahead of the caller.</summary>
internal static class ReadAhead
{
    /// <summary>
    /// The items of <paramref name="source"/>, made on a pool thread at most <paramref name="bound"/>
    /// ahead of the one taking them: a docket's entries are parsed from its report while the slice
    /// before is written. An exception in <paramref name="source"/> is thrown to the taker once the
    /// items before it are taken; a taker that stops early stops the making.
    /// </summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int bound)
    {
        using var queue = new BlockingCollection<T>(bound);
        using var stop = new CancellationTokenSource();
        var maker = Task.Run(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    queue.Add(item, stop.Token);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }

            maker.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            // The maker has stopped, or stops at its next item; what it threw after the taker left is of no use.
            ((IAsyncResult)maker).AsyncWaitHandle.WaitOne();
        }
    }
}
