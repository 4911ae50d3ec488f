namespace Clerk.Pacer.Text;

// The table insertion modes (in table, in table body, in row, in cell) and fostering out of tables.
internal sealed partial class TokenTreeBuilder
{
    // The "in table text" mode: whitespace stays in the table, anything else is fostered out of it.
    // As in AngleSharp, each character token is judged on its own (the standard pools them).
    private void TableText(ReadOnlySpan<char> text)
    {
        if (IsWhitespace(text))
        {
            InsertText(text);
            return;
        }

        _fosterParenting = true;
        Reconstruct();
        InsertText(text);
        _fosterParenting = false;
    }

    private bool InTable(HtmlTag tag)
    {
        if (_tokenizer.Type == MarkupToken.StartTag)
        {
            switch (tag.Name)
            {
                case "caption":
                    ClearBackTo(static t => t.Name is "table" or "template" or "html");
                    _formatting.Add(null);
                    Insert(tag, null);
                    _mode = Mode.Caption;
                    return true;
                case "colgroup":
                    ClearBackTo(static t => t.Name is "table" or "template" or "html");
                    Insert(tag, null);
                    _mode = Mode.ColumnGroup;
                    return true;
                case "col":
                    ClearBackTo(static t => t.Name is "table" or "template" or "html");
                    Insert(HtmlTag.Of("colgroup"), null);
                    _mode = Mode.ColumnGroup;
                    return Tag(tag);
                case "template":
                    StartTemplate(tag);
                    return true;
                case "tbody" or "thead" or "tfoot":
                    ClearBackTo(static t => t.Name is "table" or "template" or "html");
                    Insert(tag, null);
                    _mode = Mode.TableBody;
                    return true;
                case "td" or "th" or "tr":
                    ClearBackTo(static t => t.Name is "table" or "template" or "html");
                    Insert(HtmlTag.TableBody, null);
                    _mode = Mode.TableBody;
                    return Tag(tag);
                case "table":
                    if (!InScope("table", Scope.Table))
                    {
                        return true;
                    }

                    PopUntil("table");
                    ResetMode();
                    return Tag(tag);
                case "script" or "style":
                    StartText(tag);
                    return true;
                case "input":
                    var attributes = ReadAttributes(tag);
                    if (!IsHiddenInput(attributes))
                    {
                        return Fostered(tag);
                    }

                    InsertVoid(tag, attributes);
                    return true;
                case "form":
                    if (_form is null)
                    {
                        _form = Insert(tag, ReadAttributes(tag));
                        Pop();
                    }

                    return true;
                default:
                    return Fostered(tag);
            }
        }

        switch (tag.Name)
        {
            case "table":
                if (InScope("table", Scope.Table))
                {
                    PopUntil("table");
                    ResetMode();
                }

                return true;
            case "template":
                EndTemplate();
                return true;
            case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th"
                or "thead" or "tr":
                return true;
            default:
                return Fostered(tag);
        }
    }

    // "Anything else" in a table: the body rules, with what they insert placed before the table.
    private bool Fostered(HtmlTag tag)
    {
        _fosterParenting = true;
        bool ok = _tokenizer.Type == MarkupToken.StartTag ? BodyStart(tag) : BodyEnd(tag);
        _fosterParenting = false;
        return ok;
    }

    private bool InTableBody(HtmlTag tag)
    {
        bool start = _tokenizer.Type == MarkupToken.StartTag;
        switch (tag.Name)
        {
            case "tr" when start:
                ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name is "template" or "html");
                Insert(tag, null);
                _mode = Mode.Row;
                return true;
            case "th" or "td" when start:
                ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name is "template" or "html");
                Insert(HtmlTag.TableRow, null);
                _mode = Mode.Row;
                return Tag(tag);
            case "tbody" or "tfoot" or "thead" when !start:
                if (InScope(tag.Name, Scope.Table))
                {
                    ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name is "template" or "html");
                    Pop();
                    _mode = Mode.Table;
                }

                return true;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" when start:
            case "table" when !start:
                if (!SectionInTableScope())
                {
                    return true;
                }

                ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name is "template" or "html");
                Pop();
                _mode = Mode.Table;
                return Tag(tag);
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr" when !start:
                return true;
            default:
                return InTable(tag);
        }
    }

    private bool InRow(HtmlTag tag)
    {
        bool start = _tokenizer.Type == MarkupToken.StartTag;
        switch (tag.Name)
        {
            case "th" or "td" when start:
                ClearBackTo(static t => t.Name is "tr" or "template" or "html");
                Insert(tag, null);
                _mode = Mode.Cell;
                _formatting.Add(null);
                return true;
            case "tr" when !start:
                if (InScope("tr", Scope.Table))
                {
                    EndRow();
                }

                return true;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr" when start:
            case "table" when !start:
                if (!InScope("tr", Scope.Table))
                {
                    return true;
                }

                EndRow();
                return Tag(tag);
            case "tbody" or "tfoot" or "thead" when !start:
                if (!InScope(tag.Name, Scope.Table) || !InScope("tr", Scope.Table))
                {
                    return true;
                }

                EndRow();
                return Tag(tag);
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" when !start:
                return true;
            default:
                return InTable(tag);
        }
    }

    private bool InCell(HtmlTag tag)
    {
        bool start = _tokenizer.Type == MarkupToken.StartTag;
        switch (tag.Name)
        {
            case "td" or "th" when !start:
                // As AngleSharp does (the standard asks for a cell of the same name), either end tag closes the cell.
                if (InScope("td", Scope.Table) || InScope("th", Scope.Table))
                {
                    CloseCell();
                }

                return true;
            case "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" when start:
                if (!InScope("td", Scope.Table) && !InScope("th", Scope.Table))
                {
                    return true;
                }

                CloseCell();
                return Tag(tag);
            case "body" or "caption" or "col" or "colgroup" or "html" when !start:
                return true;
            case "table" or "tbody" or "tfoot" or "thead" or "tr" when !start:
                if (!InScope(tag.Name, Scope.Table))
                {
                    return true;
                }

                CloseCell();
                return Tag(tag);
            default:
                return start ? BodyStart(tag) : BodyEnd(tag);
        }
    }

    private void CloseCell()
    {
        GenerateImpliedEndTags(null);
        while (_stack.Count > 1 && Pop().Tag.Name is not ("td" or "th"))
        {
        }

        ClearFormattingToMarker();
        _mode = Mode.Row;
    }

    private void EndRow()
    {
        ClearBackTo(static t => t.Name is "tr" or "template" or "html");
        Pop();
        _mode = Mode.TableBody;
    }

    private void ResetMode()
    {
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            switch (_stack[i].Tag.Name)
            {
                case "select":
                    _mode = Mode.Select;
                    for (int j = i - 1; j > 0 && _stack[j].Tag.Name != "template"; j--)
                    {
                        if (_stack[j].Tag.Name == "table")
                        {
                            _mode = Mode.SelectInTable;
                            break;
                        }
                    }

                    return;
                case "caption":
                    _mode = Mode.Caption;
                    return;
                case "colgroup":
                    _mode = Mode.ColumnGroup;
                    return;
                case "template":
                    _mode = Mode.Body;
                    return;
                case "td" or "th":
                    _mode = Mode.Cell;
                    return;
                case "tr":
                    _mode = Mode.Row;
                    return;
                case "tbody" or "thead" or "tfoot":
                    _mode = Mode.TableBody;
                    return;
                case "table":
                    _mode = Mode.Table;
                    return;
            }
        }

        // The bottom of the stack stands for the context element, a div.
        _mode = Mode.Body;
    }

    private void ClearBackTo(Func<HtmlTag, bool> stop)
    {
        while (!stop(Current.Tag))
        {
            Pop();
        }
    }

    private bool SectionInTableScope() =>
        InScope("tbody", Scope.Table) || InScope("thead", Scope.Table) || InScope("tfoot", Scope.Table);

    private static bool IsTableContext(HtmlTag tag) => tag.Name is "table" or "tbody" or "tfoot" or "thead" or "tr";

    private static bool IsWhitespace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \t\n\f\r") < 0;

    private static bool IsHiddenInput(ParsedAttribute[]? attributes) =>
        string.Equals(attributes?.FirstOrDefault(attribute => attribute.Name == "type").Value, "hidden", StringComparison.OrdinalIgnoreCase);

    // "The appropriate place for inserting a node": the end of the target, or, when fostering out
    // of a table, just before the table (Before set) or the end of the element below it.
    private (ParsedNode Parent, ParsedNode? Before) InsertionPlace(ParsedNode target) =>
        _fosterParenting && IsTableContext(target.Tag) && FosterPlace() is { } place ? place : (target, null);

    // Before the last open table, in its parent; or, for a table taken out of the tree, at the end of the element below it.
    private (ParsedNode Parent, ParsedNode? Before)? FosterPlace()
    {
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            var table = _stack[i];
            if (table.Tag.Name == "table")
            {
                return table.Parent is { } parent ? (parent, table) : (_stack[i - 1], null);
            }
        }

        return null;
    }
}
