using Clerk.Pacer.District;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>
/// Every HTML fixture, cleaned as the district parser cleans it, gives the same sanitised tree
/// through the fast builder (when it accepts the page) as through AngleSharp's full tree builder;
/// and the fast builder accepts most docket reports, since the parse speed depends on it.
/// </summary>
public sealed class The_fast_tree_builder_matches_the_full_one_on_every_fixture
{
    public static TheoryData<string> Folders() =>
        new("district", "bankruptcy", "appellate", "special", "fake-rss", "not_dockets", "not_appellate_dockets");

    [Theory]
    [MemberData(nameof(Folders))]
    public void Trees_are_equal_for_every_accepted_page(string folder)
    {
        var files = Directory.GetFiles(Fixtures.Path("pacer-dockets", folder), "*.html");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var html = HtmlCleaning.Clean(TextDecoding.Decode(File.ReadAllBytes(file)));
            TreeComparison.AssertSameTreeWhenAccepted(html, $"{folder}/{Path.GetFileName(file)}");
        }
    }

    [Theory]
    [InlineData("district")]
    [InlineData("bankruptcy")]
    public void Most_docket_reports_take_the_fast_path(string folder)
    {
        var files = Directory.GetFiles(Fixtures.Path("pacer-dockets", folder), "*.html");
        var refused = new List<string>();
        foreach (var file in files)
        {
            if (TokenTreeBuilder.TryBuild(HtmlCleaning.Clean(TextDecoding.Decode(File.ReadAllBytes(file))), out var why) is null)
            {
                refused.Add($"{Path.GetFileName(file)} ({why})");
            }
        }

        Assert.True(refused.Count * 10 <= files.Length,
            $"{refused.Count} of {files.Length} {folder} reports fell back to the full tree builder: {string.Join("; ", refused.Take(400))}");
    }
}
