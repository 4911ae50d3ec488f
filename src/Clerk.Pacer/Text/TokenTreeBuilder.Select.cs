namespace Clerk.Pacer.Text;

// The "in select" and "in select in table" insertion modes: options and their groups; other
// markup inside a select is dropped, its text kept.
internal sealed partial class TokenTreeBuilder
{
    private bool InSelect(HtmlTag tag)
    {
        bool start = _tokenizer.Type == MarkupToken.StartTag;
        switch (tag.Name)
        {
            case "html" when start:
                return true;
            case "option" when start:
                PopIfCurrent("option");
                Insert(tag, null);
                return true;
            case "optgroup" or "hr" when start:
                // AngleSharp leaves an hr open like an optgroup (the standard inserts it empty).
                PopIfCurrent("option");
                PopIfCurrent("optgroup");
                Insert(tag, null);
                return true;
            case "optgroup" when !start:
                if (Current.Tag.Name == "option" && _stack.Count > 2 && _stack[^2].Tag.Name == "optgroup")
                {
                    Pop();
                }

                PopIfCurrent("optgroup");
                return true;
            case "option" when !start:
                PopIfCurrent("option");
                return true;
            case "select":
                // A select inside a select, or its end tag, closes it.
                CloseSelect();
                return true;
            case "input" or "keygen" or "textarea" when start:
                return !CloseSelect() || Tag(tag);
            case "script" or "template" when start:
            case "template" when !start:
                return start ? BodyStart(tag) : BodyEnd(tag);
            case "xmp" when start:
                // The start tag is dropped, but AngleSharp's tokenizer still reads what follows as
                // its raw text, which the select then holds as text.
                _tokenizer.Mode = TextMode.RawText;
                return true;
            default:
                return true;
        }
    }

    private bool InSelectInTable(HtmlTag tag)
    {
        if (tag.Name is not ("caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th"))
        {
            return InSelect(tag);
        }

        if (_tokenizer.Type == MarkupToken.EndTag && !InScope(tag.Name, Scope.Table))
        {
            return true;
        }

        PopUntil("select");
        ResetMode();
        return Tag(tag);
    }

    // False when no select is in select scope (the token is then ignored).
    private bool CloseSelect()
    {
        if (!InScope("select", Scope.Select))
        {
            return false;
        }

        PopUntil("select");
        ResetMode();
        return true;
    }

    private void PopIfCurrent(string name)
    {
        if (Current.Tag.Name == name)
        {
            Pop();
        }
    }
}
