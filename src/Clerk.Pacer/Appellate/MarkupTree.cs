using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// An HTML page reduced to the markup the docket rules read: scripts and styles dropped with
/// their content, presentational wrappers (html, body, nobr, label, ...) dissolved into their
/// parents so the text around them joins up, comments kept because they mark the report's sections.
/// Also offers the few element-relative reads the rules need: an element's own leading text,
/// the text that trails it, its text content.
/// </summary>
internal sealed class MarkupTree
{
    // One parser per thread: parsers are cheap to keep and this avoids relying on AngleSharp's
    // parser being safe to share between threads.
    [ThreadStatic]
    private static HtmlParser? parser;

    private static HtmlParser Parser => parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });

    private MarkupTree(IElement root)
    {
        Root = root;
        var all = new List<IElement>();
        Collect(root, all);
        Elements = all;
        firstTexts = new string?[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            firstTexts[i] = FirstChildText(all[i]);
        }
    }

    private readonly string?[] firstTexts;

    /// <summary>The container of the page's content.</summary>
    public IElement Root { get; }

    /// <summary>Every element under <see cref="Root"/>, in document order.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>Parses and reduces a page (or fragment).</summary>
    public static MarkupTree Parse(string html)
    {
        var document = Parser.ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        if (Reduce(body))
        {
            // Dissolving elements can leave text nodes side by side; join them as a re-parse would.
            body.Normalize();
        }

        return new MarkupTree(body);
    }

    // Children are visited by index: AngleSharp finds a node's next sibling by scanning its parent.
    private static bool Reduce(INode parent)
    {
        var changed = false;
        var children = parent.ChildNodes;
        var i = 0;
        while (i < children.Length)
        {
            if (children[i] is not IElement element)
            {
                i++;
                continue;
            }

            var name = element.LocalName;
            if (name is "script" or "style")
            {
                parent.RemoveChild(element);
                changed = true;
                continue;
            }

            changed |= Reduce(element);
            if (SanitisedTreeWriter.IsKept(name) && element.NamespaceUri == NamespaceNames.HtmlUri)
            {
                i++;
                continue;
            }

            // Dissolve the element; its children take its place and are visited next.
            while (element.FirstChild is { } grandChild)
            {
                parent.InsertBefore(grandChild, element);
            }

            parent.RemoveChild(element);
            changed = true;
        }

        return changed;
    }

    private static void Collect(IElement element, List<IElement> into)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                into.Add(child);
                Collect(child, into);
            }
        }
    }

    /// <summary>The first text node among the element's children (not necessarily its first child).</summary>
    public static string? FirstChildText(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text)
            {
                return text.Data;
            }
        }

        return null;
    }

    /// <summary>The text directly after the element, before the next element or comment; null when there is none.</summary>
    public static string? Tail(INode node) => NextSibling(node) is IText text ? text.Data : null;

    /// <summary>All descendant text, comments excluded.</summary>
    public static string TextOf(INode node)
    {
        if (node is IText single)
        {
            return single.Data;
        }

        var sb = Builder ??= new StringBuilder(256);
        sb.Clear();
        AppendText(node, sb);
        var text = sb.ToString();
        if (sb.Capacity > 1 << 16)
        {
            Builder = null;
        }

        return text;
    }

    [ThreadStatic]
    private static StringBuilder? Builder;

    private static void AppendText(INode node, StringBuilder sb)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                sb.Append(text.Data);
            }
            else if (child is IElement)
            {
                AppendText(child, sb);
            }
        }
    }

    /// <summary>The first element, in document order, whose first child text contains any of <paramref name="labels"/>.</summary>
    public IElement? FirstLabelled(params string[] labels)
    {
        if (labelIndex is not null && labels.All(labelIndex.ContainsKey))
        {
            var best = int.MaxValue;
            foreach (var label in labels)
            {
                best = Math.Min(best, labelIndex[label]);
            }

            return best == int.MaxValue ? null : Elements[best];
        }

        for (var i = 0; i < firstTexts.Length; i++)
        {
            if (firstTexts[i] is { } text && ContainsAny(text, labels))
            {
                return Elements[i];
            }
        }

        return null;
    }

    private Dictionary<string, int>? labelIndex;

    /// <summary>
    /// Finds, in one pass, the first element labelled with each of <paramref name="labels"/>, so that
    /// later <see cref="FirstLabelled(string[])"/> calls for them do not rescan the page.
    /// </summary>
    public void IndexLabels(string[] labels)
    {
        var search = System.Buffers.SearchValues.Create(labels, StringComparison.Ordinal);
        var index = labels.ToDictionary(label => label, _ => int.MaxValue, StringComparer.Ordinal);
        var missing = labels.Length;
        for (var i = 0; i < firstTexts.Length && missing > 0; i++)
        {
            if (firstTexts[i] is not { } text || text.AsSpan().IndexOfAny(search) < 0)
            {
                continue;
            }

            foreach (var label in labels)
            {
                if (index[label] == int.MaxValue && text.Contains(label, StringComparison.Ordinal))
                {
                    index[label] = i;
                    missing--;
                }
            }
        }

        labelIndex = index;
    }

    private static bool ContainsAny(string text, string[] labels)
    {
        foreach (var label in labels)
        {
            if (text.Contains(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="FirstLabelled(string[])"/>, over the given elements.</summary>
    public static IElement? FirstLabelled(IEnumerable<IElement> elements, params string[] labels)
    {
        foreach (var element in elements)
        {
            var text = FirstChildText(element);
            if (text is null)
            {
                continue;
            }

            foreach (var label in labels)
            {
                if (text.Contains(label, StringComparison.Ordinal))
                {
                    return element;
                }
            }
        }

        return null;
    }

    /// <summary>The nearest ancestor with the given tag.</summary>
    public static IElement? Ancestor(INode node, string tag)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == tag)
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>The descendants of <paramref name="element"/> in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement element)
    {
        var stack = new Stack<(INodeList Nodes, int Index)>();
        stack.Push((element.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (nodes, index) = stack.Pop();
            if (index >= nodes.Length)
            {
                continue;
            }

            stack.Push((nodes, index + 1));
            if (nodes[index] is IElement child)
            {
                yield return child;
                stack.Push((child.ChildNodes, 0));
            }
        }
    }

    /// <summary>The descendants with the given tag, in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement element, string tag) =>
        Descendants(element).Where(e => e.LocalName == tag);

    /// <summary>True when some descendant has the tag.</summary>
    public static bool HasDescendant(IElement element, string tag) => FirstDescendant(element, tag) is not null;

    /// <summary>The first descendant, in document order, with the given tag.</summary>
    public static IElement? FirstDescendant(IElement element, string tag)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                if (child.LocalName == tag)
                {
                    return child;
                }

                if (child.ChildNodes.Length > 0 && FirstDescendant(child, tag) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>The element's child elements with the given tag, as a list.</summary>
    public static List<IElement> ChildList(IElement element, string tag)
    {
        var list = new List<IElement>(4);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && child.LocalName == tag)
            {
                list.Add(child);
            }
        }

        return list;
    }

    /// <summary>The first text node, in document order, under <paramref name="node"/> that satisfies <paramref name="accept"/>.</summary>
    public static IText? FirstText(INode node, Func<IText, bool> accept)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text when accept(text):
                    return text;
                case IElement element when FirstText(element, accept) is { } found:
                    return found;
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>The element's child elements with the given tag.</summary>
    public static IEnumerable<IElement> ChildrenNamed(IElement element, string tag)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && child.LocalName == tag)
            {
                yield return child;
            }
        }
    }

    /// <summary>The first comment, in document order, whose text contains <paramref name="marker"/>.</summary>
    public IComment? FindComment(string marker) => FindComment(Root, marker);

    private static IComment? FindComment(INode node, string marker)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IComment comment && comment.Data.Contains(marker, StringComparison.Ordinal))
            {
                return comment;
            }

            if (child is IElement && FindComment(child, marker) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The element siblings that follow <paramref name="node"/>.</summary>
    public static IEnumerable<IElement> FollowingSiblings(INode node)
    {
        var siblings = node.Parent?.ChildNodes;
        if (siblings is null)
        {
            yield break;
        }

        var i = IndexOf(siblings, node) + 1;
        for (; i > 0 && i < siblings.Length; i++)
        {
            if (siblings[i] is IElement element)
            {
                yield return element;
            }
        }
    }

    /// <summary>The node after <paramref name="node"/> among its parent's children.</summary>
    public static INode? NextSibling(INode node)
    {
        var siblings = node.Parent?.ChildNodes;
        if (siblings is null)
        {
            return null;
        }

        var i = IndexOf(siblings, node);
        return i >= 0 && i + 1 < siblings.Length ? siblings[i + 1] : null;
    }

    private static int IndexOf(INodeList nodes, INode node)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (ReferenceEquals(nodes[i], node))
            {
                return i;
            }
        }

        return -1;
    }
}
