using CsCheck;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>
/// On generated markup, whenever the fast tree builder accepts the input its tree is AngleSharp's
/// tree; and it accepts a good share of it (so that the comparison is not vacuous).
/// </summary>
public sealed class The_fast_tree_builder_matches_the_full_one_on_tag_soup
{
    private const int Iterations = 20_000;

    [Fact]
    public void Trees_are_equal_for_every_accepted_piece_of_markup() => Check(TagSoup.Markup, minimumAccepted: 0.15);

    [Fact]
    public void Trees_are_equal_for_every_accepted_table() => Check(TagSoup.Tables, minimumAccepted: 0.5);

    private static void Check(Gen<string> markup, double minimumAccepted)
    {
        int accepted = 0;
        int total = 0;
        markup.Sample(html =>
        {
            Interlocked.Increment(ref total);
            if (TreeComparison.AssertSameTreeWhenAccepted(html, $"generated markup {Quote(html)}"))
            {
                Interlocked.Increment(ref accepted);
            }
        }, iter: Iterations, threads: 1);

        Assert.True(accepted >= minimumAccepted * total, $"the fast builder accepted only {accepted} of {total} generated inputs");
    }

    private static string Quote(string html) => "\"" + html.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
