using System.Text;

namespace Clerk.Pacer.Tests.BadInput;

[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;

/// <summary>
/// A ~100 MB report (the Alaska docket with its entry rows repeated) parses with bounded working
/// memory. Large reports are read in pieces (<c>EntryTable</c>): the report is never decoded whole,
/// and beyond the entries parsed only one batch of markup is held.
/// The managed heap is sampled while the parse runs; the peak growth must stay within twice the
/// input size (entries ~1x, one batch tree and garbage not yet collected), where decoding the
/// whole report alone takes twice the input and building one tree of it well over ten times.
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class LargeReportTests
{
    [Fact]
    public void A_100_MB_report_parses_every_entry_within_bounded_memory()
    {
        var html = ReportSamples.Akd;
        var rows = ReportSamples.EntryRows(html);
        int repeats = 100_000_000 / rows.Length;
        var sb = new StringBuilder(html.Length + (rows.Length * repeats));
        for (int i = 0; i < repeats; i++)
        {
            sb.Append(rows);
        }

        var bytes = Encoding.UTF8.GetBytes(ReportSamples.WithEntryRows(html, sb.ToString()));
        sb = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(5))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
            }
        });
        sampler.Start();

        var result = PacerDocketParser.Parse(bytes, "akd");

        done.Set();
        sampler.Join();
        var docket = ReportSamples.Docket(result);
        Assert.True(bytes.Length >= 99_000_000, $"the synthetic report is {bytes.Length} bytes");
        var entries = docket.Entries.ToList();
        Assert.Equal(3 * repeats, entries.Count);
        Assert.Equal(entries[0], entries[^3]);
        long growth = peak - baseline;
        Assert.True(growth < 2L * bytes.Length, $"peak managed heap grew by {growth / 1_000_000} MB for a {bytes.Length / 1_000_000} MB report");
    }
}
