namespace Clerk.Pacer.Text;

/// <summary>How <see cref="TreeWalk{TNode, TTree}"/> reads a parsed HTML tree of some node type.</summary>
internal interface IParsedTree<TNode>
{
    /// <summary>The node's kind, or null for a node the sanitised tree leaves out (a doctype, say).</summary>
    static abstract DomNodeKind? KindOf(TNode node);

    static abstract string TextOf(TNode node);

    /// <summary>An element's local name, lower case.</summary>
    static abstract string NameOf(TNode node);

    /// <summary>True for an element in the HTML namespace (not SVG or MathML).</summary>
    static abstract bool IsHtml(TNode node);

    static abstract string? AttributeOf(TNode node, string name);

    /// <summary>True when the element's start tag had attributes (read for the elements <see cref="SanitisedTreeWriter.NotesAttributes"/> names).</summary>
    static abstract bool HasAttributes(TNode node);

    static abstract int ChildCount(TNode node);

    static abstract TNode ChildAt(TNode node, int index);
}

/// <summary>Writes a parsed HTML tree, in document order, through a <see cref="SanitisedTreeWriter"/>.</summary>
internal static class TreeWalk<TNode, TTree>
    where TTree : IParsedTree<TNode>
{
    /// <summary>
    /// Writes the children of <paramref name="source"/> into <paramref name="root"/> and returns it.
    /// Iterative, so that deeply nested markup cannot exhaust the stack.
    /// </summary>
    public static DomNode WriteChildren(TNode source, DomNode root)
    {
        var writer = new SanitisedTreeWriter();
        var stack = new Stack<Frame>();
        stack.Push(new Frame(source, 0, root, 0, Kept: false));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Next >= TTree.ChildCount(frame.Parent))
            {
                if (frame.Kept)
                {
                    writer.Close(frame.Into);
                }

                continue;
            }

            stack.Push(frame with { Next = frame.Next + 1 });
            Visit(writer, TTree.ChildAt(frame.Parent, frame.Next), frame.Into, frame.Depth, stack);
        }

        writer.Flush(root);
        return root;
    }

    private readonly record struct Frame(TNode Parent, int Next, DomNode Into, int Depth, bool Kept);

    // Adds a text or comment node at once; for an element, adds it (if kept) and pushes its children.
    private static void Visit(SanitisedTreeWriter writer, TNode source, DomNode target, int depth, Stack<Frame> stack)
    {
        switch (TTree.KindOf(source))
        {
            case DomNodeKind.Text:
                writer.Text(target, TTree.TextOf(source));
                return;
            case DomNodeKind.Comment:
                writer.Comment(target, TTree.TextOf(source));
                return;
            case DomNodeKind.Element:
                break;
            default:
                return;
        }

        var name = TTree.NameOf(source);
        if (SanitisedTreeWriter.IsDroppedWithContent(name))
        {
            return;
        }

        bool keep = TTree.IsHtml(source) && SanitisedTreeWriter.IsKept(name) && depth < SanitisedTreeWriter.MaxDepth;
        var into = target;
        if (keep)
        {
            into = writer.Open(target, name);
            into.HasAttributes = SanitisedTreeWriter.NotesAttributes(name) && TTree.HasAttributes(source);
            if (SanitisedTreeWriter.KeepsAttributes(name))
            {
                foreach (var attribute in SanitisedTreeWriter.KeptAttributes)
                {
                    if (TTree.AttributeOf(source, attribute) is { } value)
                    {
                        into.Attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
                        into.Attributes[attribute] = value;
                    }
                }
            }
        }

        stack.Push(new Frame(source, 0, into, keep ? depth + 1 : depth, keep));
    }
}
