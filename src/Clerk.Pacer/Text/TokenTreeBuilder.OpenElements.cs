namespace Clerk.Pacer.Text;

// The stack of open elements: popping, implied end tags and the "has an element in scope" checks.
internal sealed partial class TokenTreeBuilder
{
    private void GenerateImpliedEndTags(string? except)
    {
        while (Current.Tag.Is(TagKind.ImpliedEnd) && Current.Tag.Name != except)
        {
            Pop();
        }
    }

    private void PopUntil(string name)
    {
        while (_stack.Count > 1 && Pop().Tag.Name != name)
        {
        }
    }

    private ParsedNode Pop()
    {
        var element = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return element;
    }

    private bool InScope(string name, Scope scope) => InScope(name, static (node, name) => node.Tag.Name == name, scope);

    private bool InScope(ParsedNode element) => InScope(element, static (node, element) => ReferenceEquals(node, element), Scope.Default);

    private bool HeadingInScope() => InScope(0, static (node, _) => node.Tag.Is(TagKind.Heading), Scope.Default);

    // Whether an open element that matches is reached, from the current node down, before a boundary of the scope.
    // (The state argument spares the checks, made for most tags, a closure each.)
    private bool InScope<TState>(TState state, Func<ParsedNode, TState, bool> matches, Scope scope)
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            if (matches(_stack[i], state))
            {
                return true;
            }

            if (IsScopeBoundary(_stack[i].Tag, scope))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsScopeBoundary(HtmlTag tag, Scope scope) => scope switch
    {
        Scope.Table => tag.Name is "html" or "table" or "template",
        Scope.Select => tag.Name is not ("optgroup" or "option"),
        Scope.ListItem => IsDefaultScopeBoundary(tag) || tag.Name is "ol" or "ul",
        Scope.Button => IsDefaultScopeBoundary(tag) || tag.Name == "button",
        _ => IsDefaultScopeBoundary(tag),
    };

    private static bool IsDefaultScopeBoundary(HtmlTag tag) =>
        tag.Name is "html" or "table" or "td" or "th" or "applet" or "caption" or "marquee" or "object" or "template"
        || IsForeignScopeBoundary(tag);

    // The standard's "special" category, which holds the foreign scope boundaries too.
    private static bool IsSpecial(HtmlTag tag) => tag.Is(TagKind.Special) || IsForeignScopeBoundary(tag);
}
