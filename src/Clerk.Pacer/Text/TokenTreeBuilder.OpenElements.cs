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

    private bool InScope(string name, Scope scope)
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var tag = _stack[i].Tag;
            if (tag.Name == name)
            {
                return true;
            }

            if (IsScopeBoundary(tag, scope))
            {
                return false;
            }
        }

        return false;
    }

    private bool InScope(ParsedNode element)
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_stack[i], element))
            {
                return true;
            }

            if (IsScopeBoundary(_stack[i].Tag, Scope.Default))
            {
                return false;
            }
        }

        return false;
    }

    private bool HeadingInScope()
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var tag = _stack[i].Tag;
            if (tag.Is(TagKind.Heading))
            {
                return true;
            }

            if (IsScopeBoundary(tag, Scope.Default))
            {
                return false;
            }
        }

        return false;
    }

    // Applets, captions, marquees, objects, templates and foreign elements also bound scopes, but
    // this builder never opens them.
    private static bool IsScopeBoundary(HtmlTag tag, Scope scope) => scope switch
    {
        Scope.Table => tag.Name is "html" or "table",
        Scope.ListItem => tag.Name is "html" or "table" or "td" or "th" or "ol" or "ul",
        Scope.Button => tag.Name is "html" or "table" or "td" or "th" or "button",
        _ => tag.Name is "html" or "table" or "td" or "th",
    };
}
