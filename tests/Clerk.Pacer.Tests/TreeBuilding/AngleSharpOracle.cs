using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>
/// AngleSharp's full HTML5 tree builder, its tree written through the same
/// <see cref="SanitisedTreeWriter"/> as production's: the differential oracle that the hand-written
/// <see cref="TokenTreeBuilder"/> is held to. Not used by Clerk itself.
/// </summary>
internal static class AngleSharpOracle
{
    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>The sanitised tree AngleSharp builds of <paramref name="html"/>, parsed as a fragment in a <c>div</c>.</summary>
    public static DomNode Build(string html)
    {
        // Setting up a parser costs more than parsing a small page, so each thread keeps one; the
        // document the fragment belongs to is new each time, as a reused one slows every later parse.
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        using var document = parser.ParseDocument(string.Empty);
        var context = document.CreateElement("div");
        var nodes = parser.ParseFragment(html, context);
        if (nodes.Length == 0 || nodes[0].Parent is not { } parent)
        {
            return DomNode.Element("body");
        }

        return TreeWalk<INode, AngleSharpTree>.WriteChildren(parent, DomNode.Element("body"));
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

        public static int ChildCount(INode node) => node.ChildNodes.Length;

        public static INode ChildAt(INode node, int index) => node.ChildNodes[index];
    }
}
