using Clerk.Pacer.District;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>
/// Every HTML fixture, cleaned as the district parser cleans it, gives the same sanitised tree
/// through the hand-written builder as through AngleSharp's full tree builder.
/// </summary>
public sealed class The_fast_tree_builder_matches_the_full_one_on_every_fixture
{
    public static TheoryData<string> Folders() =>
        new("district", "bankruptcy", "appellate", "special", "fake-rss", "not_dockets", "not_appellate_dockets");

    [Theory]
    [MemberData(nameof(Folders))]
    public void Trees_are_equal_for_every_page(string folder)
    {
        var files = Directory.GetFiles(Fixtures.Path("pacer-dockets", folder), "*.html");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var html = HtmlCleaning.Clean(TextDecoding.Decode(File.ReadAllBytes(file)));
            TreeComparison.AssertSameTree(html, $"{folder}/{Path.GetFileName(file)}");
        }
    }
}
