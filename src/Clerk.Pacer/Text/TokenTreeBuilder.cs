namespace Clerk.Pacer.Text;

/// <summary>
/// The fast path of <see cref="HtmlTree"/>: an HTML5 tree builder fed by <see cref="MarkupTokenizer"/>,
/// building a light tree (<see cref="ParsedNode"/>) that is then written through the same
/// <see cref="SanitisedTreeWriter"/> as AngleSharp's tree on the slow path. It follows the
/// tree-construction rules for a fragment in a <c>div</c> of a quirks-mode document (as the slow
/// path does) in the insertion modes docket reports need: in body, in table, in table body, in
/// row, in cell and text, with implied end tags, the adoption agency for misnested formatting,
/// and content fostered out of tables. Where AngleSharp departs from the standard, this builder
/// follows AngleSharp (each case says so), so that both paths give one tree. For markup that
/// needs the other modes (captions, column groups, selects, templates, foreign content) it gives
/// up with a reason, and the caller parses with AngleSharp. Tests compare the two paths on every
/// fixture and on generated tag soup.
/// </summary>
internal sealed class TokenTreeBuilder
{
    // Far below SanitisedTreeWriter.MaxDepth (and AngleSharp's), so that no depth limit applies.
    private const int MaxOpenElements = 400;

    private readonly MarkupTokenizer _tokenizer;
    private readonly List<ParsedNode> _stack = [];

    // The list of active formatting elements; null is a marker (set at each table cell).
    private readonly List<ParsedNode?> _formatting = [];
    private readonly ParsedNode _root = ParsedNode.Element(HtmlTag.Html, null);

    private Mode _mode = Mode.Body;
    private Mode _modeBeforeText;
    private ParsedNode? _form;
    private bool _skipNewline;
    private bool _fosterParenting;

    private TokenTreeBuilder(MarkupTokenizer tokenizer)
    {
        _tokenizer = tokenizer;
        _stack.Add(_root);
    }

    private enum Mode
    {
        Body,
        Table,
        TableBody,
        Row,
        Cell,
        Text,
    }

    private enum Scope
    {
        Default,
        Button,
        ListItem,
        Table,
    }

    /// <summary>
    /// The sanitised tree of <paramref name="html"/>, its root standing for the document body; or
    /// null when the markup needs tree-construction steps this builder leaves to the full one.
    /// </summary>
    public static DomNode? TryBuild(string html) => TryBuild(html, out _);

    /// <inheritdoc cref="TryBuild(string)"/>
    /// <param name="html">The markup.</param>
    /// <param name="refusal">Why the builder gave up, when it did.</param>
    internal static DomNode? TryBuild(string html, out string? refusal)
    {
        // NUL characters are dropped or replaced differently in each tokenizer state.
        if (html.Contains('\0'))
        {
            refusal = "a NUL character";
            return null;
        }

        if (html.StartsWith('\uFEFF'))
        {
            refusal = "a byte order mark";
            return null;
        }

        // The standard reads CR LF and a lone CR as LF before tokenizing, and so does AngleSharp.
        if (html.Contains('\r'))
        {
            html = html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var builder = new TokenTreeBuilder(new MarkupTokenizer(html));
        bool built = builder.Run();
        refusal = builder._refusal;
        return built ? TreeWalk<ParsedNode, ParsedTree>.WriteChildren(builder._root, DomNode.Element("body")) : null;
    }

    private ParsedNode Current => _stack[^1];

    // Why the builder gave up, for tests and for tuning which markup the fast path covers.
    private string? _refusal;

    private bool Refuse(string why)
    {
        _refusal ??= why;
        return false;
    }

    private bool Run()
    {
        while (true)
        {
            if (!_tokenizer.Next())
            {
                return Refuse(_tokenizer.Refusal!);
            }

            bool skipNewline = _skipNewline;
            _skipNewline = false;
            if (_tokenizer.Type == MarkupToken.Character)
            {
                var text = _tokenizer.Text;
                if (skipNewline && text.Length > 0 && text[0] == '\n')
                {
                    text = text[1..];
                }

                Characters(text);
                continue;
            }

            bool ok;
            switch (_tokenizer.Type)
            {
                case MarkupToken.EndOfFile:
                    return true;
                case MarkupToken.Comment:
                    ok = Comment(_tokenizer.Text.ToString());
                    break;
                case MarkupToken.Doctype:
                    ok = _mode != Mode.Text || Refuse("a doctype inside raw text");
                    break;
                default:
                    ok = Tag(_tokenizer.Tag);
                    break;
            }

            if (!ok)
            {
                return false;
            }

            if (_stack.Count > MaxOpenElements)
            {
                return Refuse($"more than {MaxOpenElements} elements open at once");
            }
        }
    }

    private void Characters(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        switch (_mode)
        {
            case Mode.Text:
                InsertText(text);
                return;
            case Mode.Table or Mode.TableBody or Mode.Row when IsTableContext(Current.Tag):
                TableText(text);
                return;
            default:
                Reconstruct();
                InsertText(text);
                return;
        }
    }

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

    private bool Comment(string text)
    {
        if (_mode == Mode.Text)
        {
            return Refuse("a comment inside raw text");
        }

        Current.Append(ParsedNode.Comment(text));
        return true;
    }

    private bool Tag(HtmlTag tag) => _mode switch
    {
        Mode.Body => _tokenizer.Type == MarkupToken.StartTag ? BodyStart(tag) : BodyEnd(tag),
        Mode.Table => InTable(tag),
        Mode.TableBody => InTableBody(tag),
        Mode.Row => InRow(tag),
        Mode.Cell => InCell(tag),
        _ => TextEnd(),
    };

    private bool BodyStart(HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "html" or "body" or "head" or "frame" or "caption" or "col" or "colgroup" or "tbody" or "td"
                or "tfoot" or "th" or "thead" or "tr":
                return true;
            case var _ when tag.Is(TagKind.Unsupported):
                return Refuse($"<{tag.Name}>");
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertVoid(tag, ReadAttributes(tag));
                return true;
            case "script" or "style" or "noframes" or "title" or "iframe" or "noembed":
                StartText(tag);
                return true;
            case "textarea" when _fosterParenting:
                return Refuse("<textarea> in a table outside its cells");
            case "textarea":
                StartText(tag);
                _skipNewline = true;
                return true;
            case "xmp":
                CloseParagraph();
                Reconstruct();
                StartText(tag);
                return true;
            case "pre" or "listing" when _fosterParenting:
                // AngleSharp handles the token after such a fostered element in its own way.
                return Refuse($"<{tag.Name}> in a table outside its cells");
            case "pre" or "listing":
                CloseParagraph();
                Insert(tag, null);
                _skipNewline = true;
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
                if (InScope("button", Scope.Default))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil("button");
                }

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
            Insert(tag, null);
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
            case "body" or "html" or "template":
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
                if (InScope("li", Scope.ListItem))
                {
                    GenerateImpliedEndTags("li");
                    PopUntil(tag.Name);
                }

                return true;
            case "dd" or "dt":
                if (InScope(tag.Name, Scope.Default))
                {
                    GenerateImpliedEndTags(tag.Name);
                    PopUntil(tag.Name);
                }

                return true;
            case "br":
                Reconstruct();
                InsertVoid(HtmlTag.Br, null);
                return true;
        }

        if (tag.Is(TagKind.BlockEnd))
        {
            if (InScope(tag.Name, Scope.Default))
            {
                GenerateImpliedEndTags(null);
                PopUntil(tag.Name);
            }

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

    private bool InTable(HtmlTag tag)
    {
        if (_tokenizer.Type == MarkupToken.StartTag)
        {
            switch (tag.Name)
            {
                case "caption" or "colgroup" or "col" or "template":
                    return Refuse($"<{tag.Name}> in a table");
                case "tbody" or "thead" or "tfoot":
                    ClearBackTo(static t => t.Name is "table" or "html");
                    Insert(tag, null);
                    _mode = Mode.TableBody;
                    return true;
                case "td" or "th" or "tr":
                    ClearBackTo(static t => t.Name is "table" or "html");
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
            case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th"
                or "thead" or "tr" or "template":
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
                ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name == "html");
                Insert(tag, null);
                _mode = Mode.Row;
                return true;
            case "th" or "td" when start:
                ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name == "html");
                Insert(HtmlTag.TableRow, null);
                _mode = Mode.Row;
                return Tag(tag);
            case "tbody" or "tfoot" or "thead" when !start:
                if (InScope(tag.Name, Scope.Table))
                {
                    ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name == "html");
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

                ClearBackTo(static t => t.Is(TagKind.TableSection) || t.Name == "html");
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
                ClearBackTo(static t => t.Name is "tr" or "html");
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

    // Raw text, script data, RCDATA end at their own end tag; the tokenizer emits nothing else meanwhile.
    private bool TextEnd()
    {
        if (_tokenizer.Type != MarkupToken.EndTag)
        {
            return Refuse("a start tag inside raw text");
        }

        Pop();
        _mode = _modeBeforeText;
        return true;
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

    /// <summary>The adoption agency algorithm: closes a formatting element, mending misnested markup around it.</summary>
    private void Adoption(HtmlTag tag)
    {
        var current = Current;
        if (current.Tag.Name == tag.Name && !_formatting.Contains(current))
        {
            Pop();
            return;
        }

        for (int round = 0; round < 8; round++)
        {
            int index = _formatting.Count - 1;
            while (index >= 0 && _formatting[index] is { } candidate && candidate.Tag.Name != tag.Name)
            {
                index--;
            }

            if (index < 0 || _formatting[index] is not { } element)
            {
                AnyOtherEndTag(tag.Name);
                return;
            }

            int position = _stack.LastIndexOf(element);
            if (position < 0)
            {
                _formatting.RemoveAt(index);
                return;
            }

            if (!InScope(element))
            {
                return;
            }

            int furthest = position + 1;
            while (furthest < _stack.Count && !_stack[furthest].Tag.Is(TagKind.Special))
            {
                furthest++;
            }

            if (furthest == _stack.Count)
            {
                while (_stack.Count > position)
                {
                    Pop();
                }

                _formatting.RemoveAt(index);
                return;
            }

            Adopt(element, index, position, _stack[furthest]);
        }
    }

    // The part of the adoption agency that moves nodes, for a formatting element with a block
    // (the furthest block) opened inside it.
    private void Adopt(ParsedNode element, int bookmark, int position, ParsedNode furthestBlock)
    {
        var commonAncestor = _stack[position - 1];
        var lastNode = furthestBlock;
        int nodeIndex = _stack.IndexOf(furthestBlock);
        for (int inner = 1; ; inner++)
        {
            nodeIndex--;
            var node = _stack[nodeIndex];
            if (ReferenceEquals(node, element))
            {
                break;
            }

            int listIndex = _formatting.IndexOf(node);
            if (inner > 3 && listIndex >= 0)
            {
                _formatting.RemoveAt(listIndex);
                if (listIndex < bookmark)
                {
                    bookmark--;
                }

                listIndex = -1;
            }

            if (listIndex < 0)
            {
                _stack.RemoveAt(nodeIndex);
                continue;
            }

            var clone = ParsedNode.Element(node.Tag, node.Attributes);
            _formatting[listIndex] = clone;
            _stack[nodeIndex] = clone;
            if (ReferenceEquals(lastNode, furthestBlock))
            {
                bookmark = listIndex + 1;
            }

            clone.Append(lastNode);
            lastNode = clone;
        }

        InsertAt(commonAncestor, lastNode);
        var adopted = ParsedNode.Element(element.Tag, element.Attributes);
        furthestBlock.MoveChildrenTo(adopted);
        furthestBlock.Append(adopted);
        int oldIndex = _formatting.IndexOf(element);
        _formatting.RemoveAt(oldIndex);
        if (oldIndex < bookmark)
        {
            bookmark--;
        }

        _formatting.Insert(bookmark, adopted);
        _stack.Remove(element);
        _stack.Insert(_stack.IndexOf(furthestBlock) + 1, adopted);
    }

    private void AnyOtherEndTag(string name)
    {
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.Tag.Name == name)
            {
                GenerateImpliedEndTags(name);
                while (_stack.Count > i)
                {
                    Pop();
                }

                return;
            }

            if (node.Tag.Is(TagKind.Special))
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

            if (node.Tag.Is(TagKind.Special) && node.Tag.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseParagraph()
    {
        if (InScope("p", Scope.Button))
        {
            GenerateImpliedEndTags("p");
            PopUntil("p");
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
        ClearBackTo(static t => t.Name is "tr" or "html");
        Pop();
        _mode = Mode.TableBody;
    }

    private void ResetMode()
    {
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            switch (_stack[i].Tag.Name)
            {
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

    private void GenerateImpliedEndTags(string? except)
    {
        while (Current.Tag.Is(TagKind.ImpliedEnd) && Current.Tag.Name != except)
        {
            Pop();
        }
    }

    private void ClearBackTo(Func<HtmlTag, bool> stop)
    {
        while (!stop(Current.Tag))
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

    private bool SectionInTableScope() =>
        InScope("tbody", Scope.Table) || InScope("thead", Scope.Table) || InScope("tfoot", Scope.Table);

    // Applets, captions, marquees, objects, templates and foreign elements also bound scopes, but
    // this builder never opens them.
    private static bool IsScopeBoundary(HtmlTag tag, Scope scope) => scope switch
    {
        Scope.Table => tag.Name is "html" or "table",
        Scope.ListItem => tag.Name is "html" or "table" or "td" or "th" or "ol" or "ul",
        Scope.Button => tag.Name is "html" or "table" or "td" or "th" or "button",
        _ => tag.Name is "html" or "table" or "td" or "th",
    };

    private static bool IsTableContext(HtmlTag tag) => tag.Name is "table" or "tbody" or "tfoot" or "thead" or "tr";

    private static bool IsWhitespace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\n' or '\f' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHiddenInput(ParsedAttribute[]? attributes)
    {
        foreach (var attribute in attributes ?? [])
        {
            if (attribute.Name == "type")
            {
                return attribute.Value.Equals("hidden", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private void Reconstruct()
    {
        if (_formatting.Count == 0 || _formatting[^1] is not { } last || _stack.Contains(last))
        {
            return;
        }

        int i = _formatting.Count - 1;
        while (i > 0 && _formatting[i - 1] is { } earlier && !_stack.Contains(earlier))
        {
            i--;
        }

        for (; i < _formatting.Count; i++)
        {
            var entry = _formatting[i]!;
            _formatting[i] = Insert(entry.Tag, entry.Attributes);
        }
    }

    private void PushFormatting(ParsedNode element)
    {
        // "Noah's Ark": at most three equal entries after the last marker.
        int count = 0;
        int earliest = -1;
        for (int i = _formatting.Count - 1; i >= 0 && _formatting[i] is { } entry; i--)
        {
            if (entry.Tag.Name == element.Tag.Name && SameAttributes(entry.Attributes, element.Attributes))
            {
                count++;
                earliest = i;
            }
        }

        if (count >= 3)
        {
            _formatting.RemoveAt(earliest);
        }

        _formatting.Add(element);
    }

    private static bool SameAttributes(ParsedAttribute[]? a, ParsedAttribute[]? b)
    {
        a ??= [];
        b ??= [];
        if (a.Length != b.Length)
        {
            return false;
        }

        foreach (var attribute in a)
        {
            if (Array.IndexOf(b, attribute) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private void ClearFormattingToMarker()
    {
        while (_formatting.Count > 0)
        {
            var entry = _formatting[^1];
            _formatting.RemoveAt(_formatting.Count - 1);
            if (entry is null)
            {
                return;
            }
        }
    }

    private ParsedNode Insert(HtmlTag tag, ParsedAttribute[]? attributes)
    {
        var element = ParsedNode.Element(tag, attributes);
        InsertAt(Current, element);
        _stack.Add(element);
        return element;
    }

    private void InsertVoid(HtmlTag tag, ParsedAttribute[]? attributes) => InsertAt(Current, ParsedNode.Element(tag, attributes));

    private void InsertAt(ParsedNode target, ParsedNode node)
    {
        var (parent, before) = InsertionPlace(target);
        if (before is null)
        {
            parent.Append(node);
        }
        else
        {
            parent.InsertBefore(node, before);
        }
    }

    private void InsertText(ReadOnlySpan<char> text)
    {
        var (parent, before) = InsertionPlace(Current);
        if (before is null)
        {
            parent.AppendText(text);
        }
        else
        {
            parent.InsertTextBefore(text, before);
        }
    }

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

    // Attributes are read only where they are kept or compared (formatting elements, anchors, inputs, forms).
    private ParsedAttribute[]? ReadAttributes(HtmlTag tag)
    {
        int count = _tokenizer.AttributeCount;
        if (count == 0 || !(tag.Is(TagKind.Formatting) || SanitisedTreeWriter.KeepsAttributes(tag.Name)))
        {
            return null;
        }

        var attributes = new ParsedAttribute[count];
        for (int i = 0; i < count; i++)
        {
            attributes[i] = new ParsedAttribute(_tokenizer.AttributeName(i).ToString(), _tokenizer.AttributeValue(i).ToString());
        }

        return attributes;
    }

    private readonly struct ParsedTree : IParsedTree<ParsedNode>
    {
        public static DomNodeKind? KindOf(ParsedNode node) => node.Kind;

        public static string TextOf(ParsedNode node) => node.Text;

        public static string NameOf(ParsedNode node) => node.Tag.Name;

        public static bool IsHtml(ParsedNode node) => true;

        public static string? AttributeOf(ParsedNode node, string name)
        {
            foreach (var attribute in node.Attributes ?? [])
            {
                if (attribute.Name == name)
                {
                    return attribute.Value;
                }
            }

            return null;
        }

        public static int ChildCount(ParsedNode node) => node.ChildCount;

        public static ParsedNode ChildAt(ParsedNode node, int index) => node.Child(index);
    }
}
