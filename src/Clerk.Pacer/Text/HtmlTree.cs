using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Clerk.Pacer.Text;

/// <summary>
/// Builds the tree the docket rules read: an HTML5 parse of the report (as a fragment in a
/// <c>div</c>), written through <see cref="SanitisedTreeWriter"/> (scripts and styles removed with
/// their content, tags outside a known set unwrapped, blank text dropped where the reference
/// parser drops it). Markup inside the text is never interpreted beyond the HTML parse.
/// </summary>
/// <remarks>
/// Most reports take the fast path (<see cref="TokenTreeBuilder"/>); markup it does not cover is
/// parsed by AngleSharp's full tree builder, which gives the same tree.
/// </remarks>
internal static class HtmlTree
{
    /// <summary>Parses <paramref name="html"/> into a sanitised tree whose root stands for the document body.</summary>
    public static DomNode Parse(string html)
    {
        var root = TokenTreeBuilder.TryBuild(html) ?? BuildRefusedMarkup(html);
        Number(root);
        return root;
    }

    // AngleSharp's tree builder spends time in proportion to the open elements on every tag, so
    // markup the fast builder refused reaches it only when a plain count of start and end tags
    // cannot nest past the fast builder's limit (a few times over, as unclosed cells count too).
    private static DomNode BuildRefusedMarkup(string html)
    {
        var (depth, position) = UnpairedTagDepth(html);
        if (depth > 4 * TokenTreeBuilder.MaxOpenElements)
        {
            throw new PacerReportException(
                $"line {html.AsSpan(0, position).Count('\n') + 1}: elements nested about {depth} deep; no docket report nests so deep, so the report is refused");
        }

        return BuildWithAngleSharp(html);
    }

    private static readonly HashSet<string> VoidElements =
        new(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"], StringComparer.OrdinalIgnoreCase);

    // The deepest nesting of start tags not yet matched by any end tag, and where it is reached.
    private static (int Depth, int Position) UnpairedTagDepth(string html)
    {
        int depth = 0, deepest = 0, at = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            bool end = html[i + 1] == '/';
            int nameStart = end ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            if (end)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!VoidElements.Contains(html[nameStart..nameEnd]) && ++depth > deepest)
            {
                (deepest, at) = (depth, i);
            }
        }

        return (deepest, at);
    }

    /// <summary>The slow path: AngleSharp's full HTML5 tree builder, its result written through the same writer.</summary>
    internal static DomNode BuildWithAngleSharp(string html)
    {
        // Setting up a parser costs more than parsing a small page, so each thread keeps one; the
        // document the fragment belongs to is new each time, as a reused one slows every later parse.
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        // Disposing the document spares its finaliser, which otherwise costs as much as the parse.
        using var document = parser.ParseDocument(string.Empty);
        var context = document.CreateElement("div");
        var nodes = parser.ParseFragment(html, context);
        // The fragment's nodes are the children of the element AngleSharp parsed them into.
        if (nodes.Length == 0 || nodes[0].Parent is not { } parent)
        {
            return DomNode.Element("body");
        }

        return TreeWalk<INode, AngleSharpTree>.WriteChildren(parent, DomNode.Element("body"));
    }

    [ThreadStatic]
    private static HtmlParser? t_parser;

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

    private readonly struct AngleSharpTree : IParsedTree<INode>
    {
        public static DomNodeKind? KindOf(INode node) => node.NodeType switch
        {
            NodeType.Text => DomNodeKind.Text,
            NodeType.Comment => DomNodeKind.Comment,
            NodeType.Element => DomNodeKind.Element,
            _ => null,
        };

        public static string TextOf(INode node) => node.TextContent;

        public static string NameOf(INode node) => ((IElement)node).LocalName;

        public static bool IsHtml(INode node) => ((IElement)node).NamespaceUri == NamespaceNames.HtmlUri;

        public static string? AttributeOf(INode node, string name) => ((IElement)node).GetAttribute(name);

        public static bool HasAttributes(INode node) => ((IElement)node).Attributes.Length > 0;

        // Indexing the child list: AngleSharp finds a node's next sibling by searching its parent's list.
        public static int ChildCount(INode node) => node.ChildNodes.Length;

        public static INode ChildAt(INode node, int index) => node.ChildNodes[index];
    }
}
