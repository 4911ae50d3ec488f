using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>Runs both tree builders of <see cref="HtmlTree"/> on the same markup.</summary>
internal static class TreeComparison
{
    /// <summary>
    /// Fails, naming <paramref name="label"/> and the first differing line, when the fast builder
    /// accepts <paramref name="html"/> but builds another tree than AngleSharp's full tree builder.
    /// Returns whether the fast builder accepted it.
    /// </summary>
    public static bool AssertSameTreeWhenAccepted(string html, string label)
    {
        var fast = TokenTreeBuilder.TryBuild(html);
        if (fast is null)
        {
            return false;
        }

        var expected = TreeDump.Of(HtmlTree.BuildWithAngleSharp(html));
        var actual = TreeDump.Of(fast);
        if (expected != actual)
        {
            var whole = expected.Length + actual.Length < 6000 ? $"\nfull builder:\n{expected}\nfast builder:\n{actual}" : "";
            Assert.Fail($"{label}: the fast tree builder differs from the full one at {TreeDump.FirstDifference(expected, actual)}{whole}");
        }

        return true;
    }
}
