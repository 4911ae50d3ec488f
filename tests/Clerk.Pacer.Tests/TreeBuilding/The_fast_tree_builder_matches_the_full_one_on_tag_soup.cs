using Clerk.Pacer.Text;
using CsCheck;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>On generated markup the hand-written tree builder builds AngleSharp's tree.</summary>
public sealed class The_fast_tree_builder_matches_the_full_one_on_tag_soup
{
    private const int Iterations = 20_000;

    [Fact]
    public void Trees_are_equal_for_every_piece_of_markup() => Check(TagSoup.Markup);

    [Fact]
    public void Trees_are_equal_for_every_table() => Check(TagSoup.Tables);

    private static void Check(Gen<string> markup)
    {
        int compared = 0;
        markup.Sample(html =>
        {
            // Selects, templates, "</>" and two kinds of SVG and MathML markup are held to known
            // answers, not to AngleSharp (see TreeComparison.DepartsFromAngleSharp); they still must parse.
            if (TreeComparison.DepartsFromAngleSharp(html))
            {
                Assert.NotNull(TokenTreeBuilder.Build(html));
                return;
            }

            TreeComparison.AssertSameTree(html, $"generated markup {Quote(html)}");
            compared++;
        }, iter: Iterations, threads: 1);

        Assert.True(compared * 2 >= Iterations, $"only {compared} of {Iterations} generated inputs were compared");
    }

    private static string Quote(string html) => "\"" + html.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
