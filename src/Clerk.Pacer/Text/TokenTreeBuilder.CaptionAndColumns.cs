namespace Clerk.Pacer.Text;

// The "in caption" and "in column group" insertion modes.
internal sealed partial class TokenTreeBuilder
{
    private bool InCaption(HtmlTag tag)
    {
        bool start = _tokenizer.Type == MarkupToken.StartTag;
        switch (tag.Name)
        {
            case "caption" when !start:
                CloseCaption();
                return true;
            case "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" when start:
            case "table" when !start:
                return !CloseCaption() || Tag(tag);
            case "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" when !start:
                return true;
            default:
                return start ? BodyStart(tag) : BodyEnd(tag);
        }
    }

    // False when no caption is in table scope (the token is then ignored).
    private bool CloseCaption()
    {
        if (!CloseInScope("caption", Scope.Table))
        {
            return false;
        }

        ClearFormattingToMarker();
        _mode = Mode.Table;
        return true;
    }

    private bool InColumnGroup(HtmlTag tag)
    {
        bool start = _tokenizer.Type == MarkupToken.StartTag;
        switch (tag.Name)
        {
            case "html" when start:
                return true;
            case "col" when start:
                InsertVoid(tag, null);
                return true;
            case "colgroup" when !start:
                if (Current.Tag.Name == "colgroup")
                {
                    Pop();
                    _mode = Mode.Table;
                }

                return true;
            case "col" when !start:
                return true;
            case "template":
                return start ? BodyStart(tag) : BodyEnd(tag);
        }

        if (Current.Tag.Name != "colgroup")
        {
            return true;
        }

        Pop();
        _mode = Mode.Table;
        return Tag(tag);
    }

    // Whitespace stays in the column group; anything else closes it and is read in the table.
    private void ColumnGroupText(ReadOnlySpan<char> text)
    {
        int blank = text.IndexOfAnyExcept(" \t\n\f\r") is >= 0 and var end ? end : text.Length;

        if (blank > 0)
        {
            InsertText(text[..blank]);
        }

        if (blank == text.Length || Current.Tag.Name != "colgroup")
        {
            return;
        }

        Pop();
        _mode = Mode.Table;
        Characters(text[blank..]);
    }
}
