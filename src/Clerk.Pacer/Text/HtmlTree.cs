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
        var root = DomNode.Element("body");
        var walker = new Walker();
        foreach (var node in nodes)
        {
            walker.Convert(node, root);
        }

        walker.Writer.Flush(root);
        return root;
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

    private sealed class Walker
    {
        public SanitisedTreeWriter Writer { get; } = new();

        /// <summary>Converts <paramref name="source"/> and everything below it into children of <paramref name="target"/>.</summary>
        /// <remarks>Iterative, so that deeply nested markup cannot exhaust the stack.</remarks>
        public void Convert(INode source, DomNode target)
        {
            var stack = new Stack<Frame>();
            Visit(source, target, 0, stack);
            while (stack.Count > 0)
            {
                var frame = stack.Pop();
                if (frame.Next >= frame.Children.Length)
                {
                    if (frame.Kept)
                    {
                        Writer.Close(frame.Into);
                    }

                    continue;
                }

                stack.Push(frame with { Next = frame.Next + 1 });
                Visit(frame.Children[frame.Next], frame.Into, frame.Depth, stack);
            }
        }

        private readonly record struct Frame(INodeList Children, int Next, DomNode Into, int Depth, bool Kept);

        // Adds a text or comment node at once; for an element, adds it (if kept) and pushes its children.
        private void Visit(INode source, DomNode target, int depth, Stack<Frame> stack)
        {
            switch (source.NodeType)
            {
                case NodeType.Text:
                    Writer.Text(target, source.TextContent);
                    return;
                case NodeType.Comment:
                    Writer.Comment(target, source.TextContent);
                    return;
                case NodeType.Element:
                    break;
                default:
                    return;
            }

            var element = (IElement)source;
            var name = element.LocalName;
            if (SanitisedTreeWriter.IsDroppedWithContent(name))
            {
                return;
            }

            bool keep = element.NamespaceUri == NamespaceNames.HtmlUri && SanitisedTreeWriter.IsKept(name)
                && depth < SanitisedTreeWriter.MaxDepth;
            var into = target;
            if (keep)
            {
                into = Writer.Open(target, name);
                if (SanitisedTreeWriter.KeepsAttributes(name))
                {
                    foreach (var attribute in SanitisedTreeWriter.KeptAttributes)
                    {
                        var value = element.GetAttribute(attribute);
                        if (value is not null)
                        {
                            into.Attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
                            into.Attributes[attribute] = value;
                        }
                    }
                }
            }

            // Indexing the child list: AngleSharp finds a node's next sibling by searching its parent's list.
            stack.Push(new Frame(element.ChildNodes, 0, into, keep ? depth + 1 : depth, keep));
        }
    }
}
