using System.Text;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// Markup nested deeper than any docket report is refused with the line where it gets too deep,
/// before the tree building that would take time in proportion to the depth on every tag; it can
/// neither exhaust the stack (even a small one) nor hang. A report wrapped a little deeper than
/// real ones still parses.
/// </summary>
public sealed class DeepNestingTests
{
    private static string Nested(string open, int times, string inner = "text")
    {
        var html = new StringBuilder("<html><body>\n");
        for (int i = 0; i < times; i++)
        {
            html.Append(open);
        }

        return html.Append(inner).ToString();
    }

    private static PacerReportException Refusal(string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        Exception? thrown = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    PacerDocketParser.Parse(bytes, "akd");
                }
                catch (Exception e)
                {
                    thrown = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        return Assert.IsType<PacerReportException>(thrown);
    }

    [Theory]
    [InlineData("<div>", 100_000)]
    [InlineData("<font><b><i>", 30_000)]
    [InlineData("<span>\n", 20_000)]
    public void Deeply_nested_markup_is_refused_naming_the_line_and_the_depth(string open, int times)
    {
        var refusal = Refusal(Nested(open, times));

        Assert.Contains($"nested more than {Text.TokenTreeBuilder.MaxOpenElements} deep", refusal.Message, StringComparison.Ordinal);
        Assert.StartsWith("line ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_table_start_tags_are_siblings_not_nesting_and_parse_as_no_docket()
    {
        // Each <table> inside a table closes the one before it, so this markup is flat.
        var result = ReportSamples.Parse(Nested("<table>", 20_000));

        Assert.Null(result.Docket);
        Assert.False(string.IsNullOrWhiteSpace(result.NotDocketReason));
    }

    [Fact]
    public void The_line_named_is_where_the_nesting_passes_the_limit()
    {
        var refusal = Refusal(Nested("<div>\n", 1_000));

        // Line 1 holds <html><body>; the div opened on line n + 1 is the n-th.
        Assert.StartsWith($"line {Text.TokenTreeBuilder.MaxOpenElements + 1}:", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_inside_svg_is_refused_too()
    {
        var refusal = Refusal(Nested("<svg>", 1) + string.Concat(Enumerable.Repeat("<g>", 100_000)));

        Assert.Contains($"nested more than {Text.TokenTreeBuilder.MaxOpenElements} deep", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_wrapped_in_a_hundred_more_elements_still_parses()
    {
        var wrapped = Nested("<div>", 100, ReportSamples.Akd);

        var docket = ReportSamples.Docket(ReportSamples.Parse(wrapped));

        Assert.Equal(ReportSamples.Docket(ReportSamples.Parse(ReportSamples.Akd)).Entries, docket.Entries);
    }
}
