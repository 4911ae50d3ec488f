using System.Text;

namespace Clerk.Pacer.Text;

/// <summary>A node of a sanitised HTML tree: an element, a run of text, or a comment.</summary>
internal sealed class DomNode
{
    private static readonly List<DomNode> NoChildren = [];

    private List<DomNode>? _children;

    private DomNode(DomNodeKind kind, string name, string text)
    {
        Kind = kind;
        Name = name;
        Text = text;
    }

    public DomNodeKind Kind { get; }

    /// <summary>Lower-case tag name of an element; empty for text and comments.</summary>
    public string Name { get; }

    /// <summary>The characters of a text or comment node; empty for elements.</summary>
    public string Text { get; internal set; }

    public DomNode? Parent { get; private set; }

    /// <summary>Position in document order (pre-order), set once the tree is complete.</summary>
    public int Order { get; internal set; }

    /// <summary>Position among the parent's children.</summary>
    public int Index { get; private set; }

    public Dictionary<string, string>? Attributes { get; internal set; }

    /// <summary>True when the start tag had attributes; noted only for the elements <see cref="SanitisedTreeWriter.NotesAttributes"/> names.</summary>
    public bool HasAttributes { get; internal set; }

    public IReadOnlyList<DomNode> Children => _children ?? NoChildren;

    public bool IsElement => Kind == DomNodeKind.Element;

    public bool IsText => Kind == DomNodeKind.Text;

    public bool Is(string name) => Kind == DomNodeKind.Element && Name == name;

    public static DomNode Element(string name) => new(DomNodeKind.Element, name, "");

    public static DomNode TextNode(string text) => new(DomNodeKind.Text, "", text);

    public static DomNode Comment(string text) => new(DomNodeKind.Comment, "", text);

    public void Append(DomNode child)
    {
        _children ??= [];
        child.Parent = this;
        child.Index = _children.Count;
        _children.Add(child);
    }

    public string? Attribute(string name) =>
        Attributes is not null && Attributes.TryGetValue(name, out var value) ? value : null;

    public DomNode? NextSibling => Parent is { } p && Index + 1 < p.Children.Count ? p.Children[Index + 1] : null;

    /// <summary>Order of the last node of this node's subtree (itself when it has no children).</summary>
    public int SubtreeEnd { get; internal set; }

    /// <summary>Every node of the tree in document order, shared by all nodes of one tree.</summary>
    internal List<DomNode>? DocumentOrder { get; set; }

    /// <summary>All nodes below this one in document order.</summary>
    public IEnumerable<DomNode> Descendants()
    {
        var all = DocumentOrder!;
        for (int i = Order + 1; i <= SubtreeEnd; i++)
        {
            yield return all[i];
        }
    }

    // The rules call these for most rows and cells of a report: they read the document-order list
    // directly rather than through LINQ, whose closures and iterators showed in the allocations.
    public IEnumerable<DomNode> DescendantElements(string name)
    {
        var all = DocumentOrder!;
        for (int i = Order + 1; i <= SubtreeEnd; i++)
        {
            if (all[i].Is(name))
            {
                yield return all[i];
            }
        }
    }

    public bool HasDescendant(string name)
    {
        var all = DocumentOrder!;
        for (int i = Order + 1; i <= SubtreeEnd; i++)
        {
            if (all[i].Is(name))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<DomNode> DescendantTexts()
    {
        var all = DocumentOrder!;
        for (int i = Order + 1; i <= SubtreeEnd; i++)
        {
            if (all[i].IsText)
            {
                yield return all[i];
            }
        }
    }

    public IEnumerable<DomNode> ChildElements(string name)
    {
        foreach (var child in Children)
        {
            if (child.Is(name))
            {
                yield return child;
            }
        }
    }

    /// <summary>The element siblings that follow this node.</summary>
    public IEnumerable<DomNode> FollowingElements() => Parent is { } parent ? parent.Children.Skip(Index + 1).Where(c => c.IsElement) : [];

    /// <summary>The text directly after this node, before the next element or comment; null when there is none.</summary>
    public string? Tail => NextSibling is { IsText: true } text ? text.Text : null;

    private string? _textContent;

    /// <summary>The concatenated text of all text nodes below (the XPath string value); computed once.</summary>
    public string TextContent() => _textContent ??= ComputeTextContent();

    private string ComputeTextContent()
    {
        if (Kind == DomNodeKind.Text)
        {
            return Text;
        }

        if (_children is { Count: 1 } && _children[0].IsText)
        {
            return _children[0].Text;
        }

        var sb = new StringBuilder();
        var all = DocumentOrder!;
        for (int i = Order + 1; i <= SubtreeEnd; i++)
        {
            if (all[i].Kind == DomNodeKind.Text)
            {
                sb.Append(all[i].Text);
            }
        }

        return sb.ToString();
    }

    public IEnumerable<DomNode> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            yield return p;
        }
    }

    /// <summary>The nearest ancestor element named <paramref name="name"/>, or null.</summary>
    public DomNode? Ancestor(string name) => Ancestors().FirstOrDefault(a => a.Is(name));

    /// <summary>True when <paramref name="other"/> lies below this node (in a finished tree: by document position).</summary>
    public bool IsAncestorOf(DomNode other) => other.Order > Order && other.Order <= SubtreeEnd;
}

internal enum DomNodeKind
{
    Element,
    Text,
    Comment,
}
