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
        var root = TokenTreeBuilder.TryBuild(html) ?? BuildWithAngleSharp(html);
        Number(root);
        return root;
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
