using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// An appellate page as the sanitised tree every report kind is read from (<see cref="HtmlTree"/>),
/// with the element-relative reads the appellate rules need: an element's own leading text, the
/// text that trails it, its text content, and the first element labelled with a given text.
/// Comments stay in the tree because they mark the report's sections.
/// </summary>
internal sealed class MarkupTree
{
    private readonly string?[] _firstTexts;
    private Dictionary<string, int>? _labelIndex;

    private MarkupTree(DomNode root)
    {
        Root = root;
        var all = new List<DomNode>();
        foreach (var node in root.Descendants())
        {
            if (node.IsElement)
            {
                all.Add(node);
            }
        }

        Elements = all;
        _firstTexts = new string?[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            _firstTexts[i] = FirstChildText(all[i]);
        }
    }

    /// <summary>The container of the page's content.</summary>
    public DomNode Root { get; }

    /// <summary>Every element under <see cref="Root"/>, in document order.</summary>
    public IReadOnlyList<DomNode> Elements { get; }

    /// <summary>Parses a page (or fragment).</summary>
    public static MarkupTree Parse(string html) => new(HtmlTree.Parse(html));

    /// <summary>The first text node among the element's children (not necessarily its first child).</summary>
    public static string? FirstChildText(DomNode element)
    {
        foreach (var child in element.Children)
        {
            if (child.IsText)
            {
                return child.Text;
            }
        }

        return null;
    }

    /// <summary>The text directly after the node, before the next element or comment; null when there is none.</summary>
    public static string? Tail(DomNode node) => node.NextSibling is { IsText: true } text ? text.Text : null;

    /// <summary>All descendant text, comments excluded.</summary>
    public static string TextOf(DomNode node) => node.TextContent();

    /// <summary>The first element, in document order, whose first child text contains any of <paramref name="labels"/>.</summary>
    public DomNode? FirstLabelled(params string[] labels)
    {
        if (_labelIndex is not null && labels.All(_labelIndex.ContainsKey))
        {
            var best = int.MaxValue;
            foreach (var label in labels)
            {
                best = Math.Min(best, _labelIndex[label]);
            }

            return best == int.MaxValue ? null : Elements[best];
        }

        for (var i = 0; i < _firstTexts.Length; i++)
        {
            if (_firstTexts[i] is { } text && ContainsAny(text, labels))
            {
                return Elements[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Finds, in one pass, the first element labelled with each of <paramref name="labels"/>, so that
    /// later <see cref="FirstLabelled(string[])"/> calls for them do not rescan the page.
    /// </summary>
    public void IndexLabels(string[] labels)
    {
        var search = System.Buffers.SearchValues.Create(labels, StringComparison.Ordinal);
        var index = labels.ToDictionary(label => label, _ => int.MaxValue, StringComparer.Ordinal);
        var missing = labels.Length;
        for (var i = 0; i < _firstTexts.Length && missing > 0; i++)
        {
            if (_firstTexts[i] is not { } text || text.AsSpan().IndexOfAny(search) < 0)
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

        _labelIndex = index;
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
    public static DomNode? FirstLabelled(IEnumerable<DomNode> elements, params string[] labels)
    {
        foreach (var element in elements)
        {
            if (FirstChildText(element) is { } text && ContainsAny(text, labels))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>The nearest ancestor with the given tag.</summary>
    public static DomNode? Ancestor(DomNode node, string tag)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Name == tag)
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>The element descendants of <paramref name="element"/> in document order.</summary>
    public static IEnumerable<DomNode> Descendants(DomNode element) => element.Descendants().Where(d => d.IsElement);

    /// <summary>The first descendant, in document order, with the given tag.</summary>
    public static DomNode? FirstDescendant(DomNode element, string tag) => element.DescendantElements(tag).FirstOrDefault();

    /// <summary>The first text node, in document order, under <paramref name="node"/> that satisfies <paramref name="accept"/>.</summary>
    public static DomNode? FirstText(DomNode node, Func<DomNode, bool> accept)
    {
        foreach (var text in node.DescendantTexts())
        {
            if (accept(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The first comment, in document order, whose text contains <paramref name="marker"/>.</summary>
    public DomNode? FindComment(string marker)
    {
        foreach (var node in Root.Descendants())
        {
            if (node.Kind == DomNodeKind.Comment && node.Text.Contains(marker, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The element siblings that follow <paramref name="node"/>.</summary>
    public static IEnumerable<DomNode> FollowingSiblings(DomNode node)
    {
        if (node.Parent is not { } parent)
        {
            yield break;
        }

        for (var i = node.Index + 1; i < parent.Children.Count; i++)
        {
            if (parent.Children[i].IsElement)
            {
                yield return parent.Children[i];
            }
        }
    }
}
