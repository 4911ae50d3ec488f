using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Clerk.Pacer.Text;

/// <summary>
/// Builds the tree the docket rules read: an HTML5 parse of the report (as a fragment in a
/// <c>div</c>), with scripts and styles removed with their content, tags outside a known set
/// unwrapped (their text kept), and whitespace-only text dropped where the reference parser's
/// HTML reader drops it. Markup inside the text is never interpreted beyond the HTML parse.
/// </summary>
internal static class HtmlTree
{
    private const int MaxDepth = 512;

    private static readonly HashSet<string> KeptTags =
    [
        "a", "abbr", "acronym", "area", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption",
        "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "i", "img", "ins", "kbd", "li", "map", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "rtc", "ruby",
        "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "font", "form", "input",
    ];

    private static readonly HashSet<string> DroppedWithContent = ["script", "style"];

    // Elements after which (or as first child of which) the reference HTML reader keeps blank text.
    private static readonly HashSet<string> KeepsBlankText =
    [
        "a", "abbr", "acronym", "address", "applet", "b", "bdo", "big", "blockquote", "body", "button", "caption",
        "center", "cite", "code", "dd", "del", "dfn", "div", "dt", "em", "font", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "i", "iframe", "ins", "kbd", "label", "legend", "li", "map", "menu", "object", "ol", "p", "pre",
        "q", "s", "samp", "small", "span", "strike", "strong", "td", "th", "tt", "u", "ul", "var",
    ];

    private static readonly string[] KeptAttributes = ["href", "onclick", "name", "id", "value", "type"];

    /// <summary>Parses <paramref name="html"/> into a sanitised tree whose root stands for the document body.</summary>
    public static DomNode Parse(string html)
    {
        // Setting up a parser costs more than parsing a small page, so each thread keeps one; the
        // document the fragment belongs to is new each time, as a reused one slows every later parse.
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        // Disposing the document spares its finaliser, which otherwise costs as much as the parse.
        using var document = parser.ParseDocument(string.Empty);
        var context = document.CreateElement("div");
        var nodes = parser.ParseFragment(html, context);
        var root = DomNode.Element("body");
        var builder = new Builder();
        foreach (var node in nodes)
        {
            builder.Convert(node, root, 0);
        }

        builder.Flush(root);
        Number(root);
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

    private sealed class Builder
    {
        // Text waiting to be added to _pendingTarget. A kept element flushes its parent's text
        // before its own children start, so one buffer is enough.
        private readonly StringBuilder _pending = new();
        private string? _pendingText;
        private DomNode? _pendingTarget;

        /// <summary>Converts <paramref name="source"/> and everything below it into children of <paramref name="target"/>.</summary>
        /// <remarks>Iterative, so that deeply nested markup cannot exhaust the stack.</remarks>
        public void Convert(INode source, DomNode target, int depth)
        {
            var stack = new Stack<Frame>();
            Visit(source, target, depth, stack);
            while (stack.Count > 0)
            {
                var frame = stack.Pop();
                if (frame.Next >= frame.Children.Length)
                {
                    if (frame.Kept)
                    {
                        Flush(frame.Into);
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
                    AddText(target, source.TextContent);
                    return;
                case NodeType.Comment:
                    Flush(target);
                    target.Append(DomNode.Comment(source.TextContent));
                    return;
                case NodeType.Element:
                    break;
                default:
                    return;
            }

            var element = (IElement)source;
            var name = element.LocalName;
            if (DroppedWithContent.Contains(name))
            {
                return;
            }

            bool keep = element.NamespaceUri == NamespaceNames.HtmlUri && KeptTags.Contains(name) && depth < MaxDepth;
            var into = target;
            if (keep)
            {
                Flush(target);
                into = DomNode.Element(name);
                if (name is "a" or "input" or "form")
                {
                    foreach (var attribute in KeptAttributes)
                    {
                        var value = element.GetAttribute(attribute);
                        if (value is not null)
                        {
                            into.Attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
                            into.Attributes[attribute] = value;
                        }
                    }
                }

                target.Append(into);
            }

            // Indexing the child list: AngleSharp finds a node's next sibling by searching its parent's list.
            stack.Push(new Frame(element.ChildNodes, 0, into, keep ? depth + 1 : depth, keep));
        }

        private void AddText(DomNode target, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (!ReferenceEquals(_pendingTarget, target))
            {
                if (_pendingTarget is not null)
                {
                    Flush(_pendingTarget);
                }

                _pendingTarget = target;
            }

            // Most runs are one text node: keep it as it is, and copy only when a second piece joins it.
            if (_pendingText is null)
            {
                _pendingText = text;
                return;
            }

            if (_pending.Length == 0)
            {
                _pending.Append(_pendingText);
            }

            _pending.Append(text);
        }

        public void Flush(DomNode target)
        {
            if (!ReferenceEquals(_pendingTarget, target) || _pendingText is null)
            {
                return;
            }

            var text = _pending.Length > 0 ? _pending.ToString() : _pendingText;
            _pending.Clear();
            _pendingText = null;
            _pendingTarget = null;
            if (IsAsciiBlank(text) && DropsBlank(target))
            {
                return;
            }

            var children = target.Children;
            if (children.Count > 0 && children[^1].IsText)
            {
                children[^1].Text += text;
                return;
            }

            target.Append(DomNode.TextNode(text));
        }

        private static bool DropsBlank(DomNode parent)
        {
            var children = parent.Children;
            int i = children.Count - 1;
            while (i >= 0 && children[i].Kind == DomNodeKind.Comment)
            {
                i--;
            }

            if (i < 0)
            {
                return !KeepsBlankText.Contains(parent.Name);
            }

            var last = children[i];
            return !last.IsText && !KeepsBlankText.Contains(last.Name);
        }

        private static bool IsAsciiBlank(string s)
        {
            foreach (var c in s)
            {
                if (c is not (' ' or '\t' or '\n' or '\r'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
