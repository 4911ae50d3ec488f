using System.Runtime.InteropServices;
using System.Text;

namespace Clerk.Pacer.Text;

/// <summary>
/// A node of the HTML5 tree <see cref="TokenTreeBuilder"/> builds: an element (with the attributes
/// that were read), a text node or a comment. Lighter than a DOM node, and only as mutable as tree
/// construction needs (append, insert before, move).
/// </summary>
internal sealed class ParsedNode
{
    private List<ParsedNode>? _children;
    private string? _text;
    private StringBuilder? _joinedText;

    private ParsedNode(DomNodeKind kind, HtmlTag tag, string? text, ParsedAttribute[]? attributes)
    {
        Kind = kind;
        Tag = tag;
        _text = text;
        Attributes = attributes;
    }

    public DomNodeKind Kind { get; }

    /// <summary>The element's tag; <see cref="HtmlTag.None"/> for text and comments.</summary>
    public HtmlTag Tag { get; }

    /// <summary>The attributes read from the start tag (see <see cref="TokenTreeBuilder"/>), or null.</summary>
    public ParsedAttribute[]? Attributes { get; }

    public ParsedNode? Parent { get; private set; }

    public int ChildCount => _children?.Count ?? 0;

    public ParsedNode Child(int index) => _children![index];

    /// <summary>The characters of a text node or a comment.</summary>
    public string Text => _joinedText?.ToString() ?? _text ?? "";

    public static ParsedNode Element(HtmlTag tag, ParsedAttribute[]? attributes) => new(DomNodeKind.Element, tag, null, attributes);

    public static ParsedNode Comment(string text) => new(DomNodeKind.Comment, HtmlTag.None, text, null);

    /// <summary>Adds <paramref name="child"/> (taken from its parent, if any) after the last child.</summary>
    public void Append(ParsedNode child)
    {
        child.Detach();
        _children ??= [];
        _children.Add(child);
        child.Parent = this;
    }

    /// <summary>Adds <paramref name="child"/> (taken from its parent, if any) just before <paramref name="reference"/>.</summary>
    public void InsertBefore(ParsedNode child, ParsedNode reference)
    {
        child.Detach();
        _children!.Insert(IndexOfChild(reference), child);
        child.Parent = this;
    }

    /// <summary>Adds characters after the last child, joining them to it when it is text (as the DOM does).</summary>
    public void AppendText(ReadOnlySpan<char> text)
    {
        if (_children is { Count: > 0 } && _children[^1] is { Kind: DomNodeKind.Text } last)
        {
            last.Join(text);
            return;
        }

        Append(new ParsedNode(DomNodeKind.Text, HtmlTag.None, text.ToString(), null));
    }

    /// <summary>Adds characters just before <paramref name="reference"/>, joining them to the text before it if any.</summary>
    public void InsertTextBefore(ReadOnlySpan<char> text, ParsedNode reference)
    {
        int index = IndexOfChild(reference);
        if (index > 0 && _children![index - 1] is { Kind: DomNodeKind.Text } previous)
        {
            previous.Join(text);
            return;
        }

        var node = new ParsedNode(DomNodeKind.Text, HtmlTag.None, text.ToString(), null) { Parent = this };
        _children!.Insert(index, node);
    }

    /// <summary>Moves every child of this node, in order, to the end of <paramref name="target"/>.</summary>
    public void MoveChildrenTo(ParsedNode target)
    {
        if (_children is null)
        {
            return;
        }

        foreach (var child in _children)
        {
            child.Parent = target;
        }

        target._children ??= [];
        target._children.AddRange(_children);
        _children.Clear();
    }

    private void Join(ReadOnlySpan<char> text)
    {
        if (_joinedText is null)
        {
            _joinedText = new StringBuilder(_text);
            _text = null;
        }

        _joinedText.Append(text);
    }

    private void Detach()
    {
        if (Parent is { } parent)
        {
            parent._children!.RemoveAt(parent.IndexOfChild(this));
            Parent = null;
        }
    }

    // Looked for from the end, by reference: the node the tree builder moves or inserts before is
    // nearly always among its parent's last children, and hostile markup can give a parent hundreds
    // of thousands (a search from the front made such a file take minutes).
    private int IndexOfChild(ParsedNode child)
    {
        var children = CollectionsMarshal.AsSpan(_children);
        for (int i = children.Length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(children[i], child))
            {
                return i;
            }
        }

        throw new InvalidOperationException("the node is not a child of this one");
    }
}

/// <summary>An attribute as the tokenizer gave it (name in lower case, character references resolved).</summary>
internal readonly record struct ParsedAttribute(string Name, string Value);
