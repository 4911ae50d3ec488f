namespace Clerk.Pacer.Text;

// The "in body" insertion mode, and the text mode of script, style, title and the like.
internal sealed partial class TokenTreeBuilder
{
    private bool BodyStart(HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "html" or "body" or "head" or "frame" or "frameset" or "caption" or "col" or "colgroup" or "tbody"
                or "td" or "tfoot" or "th" or "thead" or "tr":
                return true;
            case "image":
                // "Don't ask": the standard reads it as img.
                return BodyStart(HtmlTag.Of("img"));
            case "applet" or "marquee" or "object":
                Reconstruct();
                Insert(tag, null);
                _formatting.Add(null);
                return true;
            case "template":
                StartTemplate(tag);
                return true;
            case "plaintext":
                CloseParagraph();
                Insert(tag, null);
                _tokenizer.Mode = TextMode.PlainText;
                return true;
            case "select":
                Reconstruct();
                Insert(tag, null);
                _mode = _mode is Mode.Table or Mode.Caption or Mode.TableBody or Mode.Row or Mode.Cell ? Mode.SelectInTable : Mode.Select;
                return true;
            case "rb" or "rtc":
                if (InScope("ruby", Scope.Default))
                {
                    GenerateImpliedEndTags(null);
                }

                Insert(tag, null);
                return true;
            case "rp" or "rt":
                if (InScope("ruby", Scope.Default))
                {
                    GenerateImpliedEndTags("rtc");
                }

                Insert(tag, null);
                return true;
            case "svg" or "math":
                Reconstruct();
                InsertForeign(tag.Name == "svg" ? "svg:" : "math:", tag.Name);
                return true;
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertVoid(tag, ReadAttributes(tag));
                return true;
            case "script" or "style" or "noframes" or "title" or "iframe" or "noembed":
                StartText(tag);
                return true;
            case "textarea":
                StartText(tag);
                _skipNewline = true;
                return true;
            case "xmp":
                CloseParagraph();
                Reconstruct();
                StartText(tag);
                return true;
            case "pre" or "listing":
                CloseParagraph();
                Insert(tag, null);
                _skipNewline = true;
                // AngleSharp reads the token after the start tag at once, still fostering out of the
                // table when this element was fostered; the standard reads it anew.
                _fosterNextToken = _fosterParenting;
                return true;
            case "form":
                if (_form is null)
                {
                    CloseParagraph();
                    _form = Insert(tag, ReadAttributes(tag));
                }

                return true;
            case "li":
                CloseListItem(static name => name == "li");
                CloseParagraph();
                Insert(tag, null);
                return true;
            case "dd" or "dt":
                CloseListItem(static name => name is "dd" or "dt");
                CloseParagraph();
                Insert(tag, null);
                return true;
            case "a":
                StartAnchor(tag, ReadAttributes(tag));
                return true;
            case "nobr":
                Reconstruct();
                if (InScope("nobr", Scope.Default))
                {
                    Adoption(tag);
                    Reconstruct();
                }

                PushFormatting(Insert(tag, null));
                return true;
            case "table":
                // The fragment's document has no doctype, so it is in quirks mode, where a table
                // does not close an open paragraph.
                Insert(tag, null);
                _mode = Mode.Table;
                return true;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr" or "input":
                Reconstruct();
                InsertVoid(tag, ReadAttributes(tag));
                return true;
            case "param" or "source" or "track":
                InsertVoid(tag, null);
                return true;
            case "hr":
                CloseParagraph();
                InsertVoid(tag, null);
                return true;
            case "button":
                CloseInScope("button", Scope.Default);
                Reconstruct();
                Insert(tag, null);
                return true;
            case "optgroup" or "option":
                if (Current.Tag.Name == "option")
                {
                    Pop();
                }

                Reconstruct();
                Insert(tag, null);
                return true;
        }

        if (tag.Is(TagKind.ClosesParagraph))
        {
            CloseParagraph();
            Insert(tag, SanitisedTreeWriter.NotesAttributes(tag.Name) ? ReadAttributes(tag) : null);
        }
        else if (tag.Is(TagKind.Heading))
        {
            CloseParagraph();
            if (Current.Tag.Is(TagKind.Heading))
            {
                Pop();
            }

            Insert(tag, null);
        }
        else if (tag.Is(TagKind.Formatting))
        {
            Reconstruct();
            PushFormatting(Insert(tag, ReadAttributes(tag)));
        }
        else
        {
            Reconstruct();
            Insert(tag, null);
        }

        return true;
    }

    private bool BodyEnd(HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "body" or "html":
                return true;
            case "template":
                EndTemplate();
                return true;
            case "applet" or "marquee" or "object":
                if (CloseInScope(tag.Name, Scope.Default))
                {
                    ClearFormattingToMarker();
                }

                return true;
            case "form":
                EndForm();
                return true;
            case "p":
                if (!InScope("p", Scope.Button))
                {
                    Insert(HtmlTag.Paragraph, null);
                }

                CloseParagraph();
                return true;
            case "li":
                CloseInScope("li", Scope.ListItem, except: "li");
                return true;
            case "dd" or "dt":
                CloseInScope(tag.Name, Scope.Default, except: tag.Name);
                return true;
            case "br":
                Reconstruct();
                InsertVoid(HtmlTag.Br, null);
                return true;
        }

        if (tag.Is(TagKind.BlockEnd))
        {
            CloseInScope(tag.Name, Scope.Default);
            return true;
        }

        if (tag.Is(TagKind.Heading))
        {
            if (HeadingInScope())
            {
                GenerateImpliedEndTags(null);
                while (_stack.Count > 1 && !Pop().Tag.Is(TagKind.Heading))
                {
                }
            }

            return true;
        }

        if (tag.Is(TagKind.Formatting))
        {
            Adoption(tag);
        }
        else
        {
            AnyOtherEndTag(tag.Name);
        }

        return true;
    }

    // A template's content belongs to the template, not to the tree: a browser keeps it apart
    // from the element's children, so the element stands in the tree empty. Its content is read
    // by the body rules (the standard has template modes of its own; no report holds a template).
    private void StartTemplate(HtmlTag tag)
    {
        InsertAt(Current, ParsedNode.Element(tag, null));
        _stack.Add(ParsedNode.Element(tag, null));
        _formatting.Add(null);
        _mode = Mode.Body;
    }

    private void EndTemplate()
    {
        if (!_stack.Exists(static node => node.Tag.Name == "template"))
        {
            return;
        }

        while (Current.Tag.Is(TagKind.ImpliedEnd) || Current.Tag.Name is "caption" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            Pop();
        }

        PopUntil("template");
        ClearFormattingToMarker();
        ResetMode();
    }

    private void StartText(HtmlTag tag)
    {
        Insert(tag, null);
        _tokenizer.Mode = tag.Name switch
        {
            "script" => TextMode.ScriptData,
            "title" or "textarea" => TextMode.RcData,
            _ => TextMode.RawText,
        };
        _modeBeforeText = _mode;
        _mode = Mode.Text;
    }

    private void StartAnchor(HtmlTag tag, ParsedAttribute[]? attributes)
    {
        for (int i = _formatting.Count - 1; i >= 0 && _formatting[i] is { } entry; i--)
        {
            if (entry.Tag.Name != "a")
            {
                continue;
            }

            // An anchor left open: the adoption agency closes it, and it leaves both lists.
            Adoption(tag);
            _formatting.Remove(entry);
            _stack.Remove(entry);
            break;
        }

        Reconstruct();
        PushFormatting(Insert(tag, attributes));
    }

    private void EndForm()
    {
        var node = _form;
        _form = null;
        // AngleSharp looks for any form in scope, where the standard asks for this one.
        if (node is null || !InScope("form", Scope.Default))
        {
            return;
        }

        GenerateImpliedEndTags(null);
        // Only the form leaves the stack: elements opened inside it stay open.
        _stack.Remove(node);
    }

    private void AnyOtherEndTag(string name)
    {
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.Tag.Name == name)
            {
                GenerateImpliedEndTags(name);
                _stack.RemoveRange(i, _stack.Count - i);
                return;
            }

            if (IsSpecial(node.Tag))
            {
                return;
            }
        }
    }

    private void CloseListItem(Func<string, bool> isItem)
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (isItem(node.Tag.Name))
            {
                GenerateImpliedEndTags(node.Tag.Name);
                PopUntil(node.Tag.Name);
                return;
            }

            if (IsSpecial(node.Tag) && node.Tag.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseParagraph() => CloseInScope("p", Scope.Button, except: "p");

    // When the element is in scope: implied end tags (but for <paramref name="except"/>), then pop up to and including it.
    private bool CloseInScope(string name, Scope scope, string? except = null)
    {
        if (!InScope(name, scope))
        {
            return false;
        }

        GenerateImpliedEndTags(except);
        PopUntil(name);
        return true;
    }
}
