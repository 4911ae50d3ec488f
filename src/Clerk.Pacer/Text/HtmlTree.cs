namespace Clerk.Pacer.Text;

/// <summary>
/// Builds the tree the docket rules read: an HTML5 parse of the report (as a fragment in a
/// <c>div</c>) by the hand-written <see cref="TokenTreeBuilder"/>, written through
/// <see cref="SanitisedTreeWriter"/> (scripts and styles removed with their content, tags outside a
/// known set unwrapped, blank text dropped where the reference parser drops it). Markup inside the
/// text is never interpreted beyond the HTML parse. Every report kind, and any markup, takes this
/// one path; the tests hold it to AngleSharp's tree builder.
/// </summary>
internal static class HtmlTree
{
    /// <summary>Parses <paramref name="html"/> into a sanitised tree whose root stands for the document body.</summary>
    /// <exception cref="PacerReportException">The markup nests elements deeper than any docket report.</exception>
    public static DomNode Parse(string html)
    {
        var root = TokenTreeBuilder.Build(html);
        Number(root);
        return root;
    }

    private static void Number(DomNode root)
    {
        var all = new List<DomNode>();
        var stack = new Stack<(DomNode Node, int Next)>();
        Visit(root);
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.Children.Count)
            {
                node.SubtreeEnd = all.Count - 1;
                continue;
            }

            stack.Push((node, next + 1));
            var child = node.Children[next];
            Visit(child);
            stack.Push((child, 0));
        }

        void Visit(DomNode node)
        {
            node.Order = all.Count;
            node.DocumentOrder = all;
            all.Add(node);
        }
    }
}
