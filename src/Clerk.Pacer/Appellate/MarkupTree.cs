using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

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
    private static readonly HashSet<string> KeptTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "area", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "center",
        "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "ins", "kbd", "li",
        "map", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strike",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul",
        "var", "wbr", "font", "form", "input",
    };

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private MarkupTree(IElement root)
    {
        Root = root;
        var all = new List<IElement>();
        Collect(root, all);
        Elements = all;
    }

    /// <summary>The container of the page's content.</summary>
    public IElement Root { get; }

    /// <summary>Every element under <see cref="Root"/>, in document order.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>Parses and reduces a page (or fragment).</summary>
    public static MarkupTree Parse(string html)
    {
        var document = Parser.ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        Reduce(body);
        body.Normalize();
        return new MarkupTree(body);
    }

    private static void Reduce(INode parent)
    {
        var child = parent.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            if (child is IElement element)
            {
                var name = element.LocalName;
                if (name is "script" or "style")
                {
                    parent.RemoveChild(element);
                }
                else
                {
                    Reduce(element);
                    if (!KeptTags.Contains(name) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri)
                    {
                        while (element.FirstChild is { } grandChild)
                        {
                            parent.InsertBefore(grandChild, element);
                        }

                        parent.RemoveChild(element);
                    }
                }
            }

            child = next;
        }
    }

    private static void Collect(IElement element, List<IElement> into)
    {
        foreach (var child in element.Children)
        {
            into.Add(child);
            Collect(child, into);
        }
    }

    /// <summary>The first text node among the element's children (not necessarily its first child).</summary>
    public static string? FirstChildText(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                return text.Data;
            }
        }

        return null;
    }

    /// <summary>The text directly after the element, before the next element or comment; null when there is none.</summary>
    public static string? Tail(INode node) => node.NextSibling is IText text ? text.Data : null;

    /// <summary>All descendant text, comments excluded.</summary>
    public static string TextOf(INode node)
    {
        if (node is IText text)
        {
            return text.Data;
        }

        var sb = new StringBuilder();
        AppendText(node, sb);
        return sb.ToString();
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
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
    public IElement? FirstLabelled(params string[] labels) => FirstLabelled(Elements, labels);

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
        foreach (var child in element.Children)
        {
            yield return child;
            foreach (var grandChild in Descendants(child))
            {
                yield return grandChild;
            }
        }
    }

    /// <summary>The descendants with the given tag, in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement element, string tag) =>
        Descendants(element).Where(e => e.LocalName == tag);

    /// <summary>True when some descendant has the tag.</summary>
    public static bool HasDescendant(IElement element, string tag) => Descendants(element).Any(e => e.LocalName == tag);

    /// <summary>The element's child elements with the given tag.</summary>
    public static IEnumerable<IElement> ChildrenNamed(IElement element, string tag) =>
        element.Children.Where(e => e.LocalName == tag);

    /// <summary>The first comment, in document order, whose text contains <paramref name="marker"/>.</summary>
    public IComment? FindComment(string marker) => FindComment(Root, marker);

    private static IComment? FindComment(INode node, string marker)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
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
        for (var sibling = node.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling is IElement element)
            {
                yield return element;
            }
        }
    }
}
