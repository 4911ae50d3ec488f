using System.Text;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// Markup shaped so that a parser comparing each piece with every one before it does work in the
/// square of the file's size: one tag with hundreds of thousands of attributes, as many empty
/// comments, an anchor fostered out of a table as many times. Each file below took 50 s to over
/// two minutes to parse before the parser was mended (a few megabytes, the size of a real large
/// report); each now takes about a second, so the timeout is a margin of thirty, not a benchmark:
/// it fails only when the work grows again with the square of the input.
/// </summary>
public sealed class QuadraticMarkupTests
{
    private const int Margin = 30_000;

    private static Task<PacerParseResult> ParseAsync(string html) =>
        Task.Run(() => ReportSamples.Parse(html), TestContext.Current.CancellationToken);

    // A real report with the markup put just before its docket table, so the docket still parses.
    private static string InAkd(string markup)
    {
        var akd = ReportSamples.Akd;
        int table = akd.IndexOf("<table", StringComparison.OrdinalIgnoreCase);
        return string.Concat(akd.AsSpan(0, table), markup, akd.AsSpan(table));
    }

    // A tag of 300,000 attributes, each named differently.
    private static string WithAttributes(string open, string close)
    {
        var tag = new StringBuilder(open);
        for (int i = 0; i < 300_000; i++)
        {
            tag.Append(" w").Append(i);
        }

        return tag.Append(close).ToString();
    }

    [Fact(Timeout = Margin)]
    public async Task A_tag_of_300000_attributes_is_read_and_the_report_around_it_parses()
    {
        var result = await ParseAsync(InAkd(WithAttributes("<span", "></span>")));

        Assert.Equal(3, ReportSamples.Docket(result).EntryCount);
    }

    [Fact(Timeout = Margin)]
    public async Task The_same_attributes_in_an_end_tag_are_read_and_dropped()
    {
        var result = await ParseAsync(InAkd(WithAttributes("</span", ">")));

        Assert.Equal(3, ReportSamples.Docket(result).EntryCount);
    }

    [Fact(Timeout = Margin)]
    public async Task Three_hundred_thousand_empty_comments_are_read_and_the_report_around_them_parses()
    {
        var result = await ParseAsync(InAkd(string.Concat(Enumerable.Repeat("<!---->", 300_000))));

        Assert.Equal(3, ReportSamples.Docket(result).EntryCount);
    }

    [Fact(Timeout = Margin)]
    public async Task Comments_that_end_only_in_the_forgiven_way_are_read_one_by_one()
    {
        // No "-->" anywhere: looking for it to the end of the file for each comment was the square.
        var result = await ParseAsync(InAkd(string.Concat(Enumerable.Repeat("<!-- c --!>", 200_000))));

        Assert.Equal(3, ReportSamples.Docket(result).EntryCount);
    }

    [Fact(Timeout = Margin)]
    public async Task An_anchor_fostered_out_of_150000_tables_is_read_and_found_to_be_no_docket()
    {
        var result = await ParseAsync("<html><body>\n" + string.Concat(Enumerable.Repeat("<a><table><a>", 150_000)));

        Assert.Null(result.Docket);
        Assert.False(string.IsNullOrWhiteSpace(result.NotDocketReason));
    }
}
