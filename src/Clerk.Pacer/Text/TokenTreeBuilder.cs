using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Clerk.Pacer.Text;

/// <summary>
/// The fast path of <see cref="HtmlTree"/>: builds the sanitised tree straight from AngleSharp's
/// tokenizer, following the HTML5 tree-construction rules (for a fragment in a <c>div</c> of a
/// quirks-mode document, as the full parse does) for the markup docket reports are made of:
/// implied end tags, tables with their implied <c>tbody</c>, formatting elements closed in
/// place or reopened after a block. Where the rules would move nodes already built (misnested
/// formatting around blocks, content fostered out of a table, forms closed out of order) or
/// switch to modes this builder does not have (captions, selects, foreign content, ...), it
/// gives up, and the caller parses with AngleSharp's full tree builder. The two give the same
/// tree for every input this builder accepts; a test compares them.
/// </summary>
internal sealed class TokenTreeBuilder
{
    // Far below SanitisedTreeWriter.MaxDepth, so the fast path never has to dissolve deep elements.
    private const int MaxOpenElements = 400;

    private readonly HtmlTokenizer _tokenizer;
    private readonly SanitisedTreeWriter _writer = new();
    private readonly List<OpenElement> _stack = [];

    // The list of active formatting elements; null is a marker (set at each table cell).
    private readonly List<OpenElement?> _formatting = [];
    private readonly DomNode _root = DomNode.Element("body");
    private Mode _mode = Mode.Body;
    private Mode _modeBeforeText;
    private OpenElement? _form;
    private bool _skipNewline;

    private TokenTreeBuilder(HtmlTokenizer tokenizer)
    {
        _tokenizer = tokenizer;
        _stack.Add(new OpenElement(HtmlTag.Html, _root, null, dropped: false, attributes: null));
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

        using var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var builder = new TokenTreeBuilder(tokenizer);
        bool built = builder.Run();
        refusal = builder._refusal;
        return built ? builder._root : null;
    }

    private OpenElement Current => _stack[^1];

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
            ref var token = ref _tokenizer.GetStructToken();
            bool skipNewline = _skipNewline;
            _skipNewline = false;
            bool ok;
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    Finish();
                    return true;
                case HtmlTokenType.Character:
                    ReadOnlySpan<char> text = token.Data;
                    if (skipNewline && text.Length > 0 && text[0] == '\n')
                    {
                        text = text[1..];
                    }

                    ok = Characters(text);
                    break;
                case HtmlTokenType.Comment:
                    ok = Comment(token.Data.ToString());
                    break;
                case HtmlTokenType.Doctype:
                    ok = _mode != Mode.Text || Refuse("a doctype inside raw text");
                    break;
                default:
                    ok = Tag(ref token, HtmlTag.Of(token.Name));
                    break;
            }

            if (!ok || _stack.Count > MaxOpenElements)
            {
                return Refuse("the tree builder stopped early");
            }
        }
    }

    private void Finish()
    {
        while (_stack.Count > 1)
        {
            Pop();
        }

        _writer.Flush(_root);
    }

    private bool Characters(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        switch (_mode)
        {
            case Mode.Text:
                InsertText(text);
                return true;
            case Mode.Table or Mode.TableBody or Mode.Row:
                // Whitespace stays where it is; anything else would be fostered out of the table.
                if (!IsTableContext(Current.Tag) || !IsWhitespace(text))
                {
                    return Refuse($"text in a table outside its cells (fostered) under <{Current.Tag.Name}>");
                }

                InsertText(text);
                return true;
            default:
                Reconstruct();
                InsertText(text);
                return true;
        }
    }

    private bool Comment(string text)
    {
        if (_mode == Mode.Text)
        {
            return Refuse("a comment inside raw text");
        }

        _writer.Comment(Current.Into, text);
        return true;
    }

    private bool Tag(ref StructHtmlToken token, HtmlTag tag) => _mode switch
    {
        Mode.Body => token.Type == HtmlTokenType.StartTag ? BodyStart(ref token, tag) : BodyEnd(tag),
        Mode.Table => InTable(ref token, tag),
        Mode.TableBody => InTableBody(ref token, tag),
        Mode.Row => InRow(ref token, tag),
        Mode.Cell => InCell(ref token, tag),
        _ => TextEnd(ref token),
    };

    private bool BodyStart(ref StructHtmlToken token, HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "html" or "body" or "head" or "frame" or "caption" or "col" or "colgroup" or "tbody" or "td"
                or "tfoot" or "th" or "thead" or "tr":
                return true;
            case var _ when tag.Is(TagKind.Unsupported):
                return Refuse($"<{tag.Name}>");
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertVoid(tag, ReadAttributes(ref token, tag));
                return true;
            case "script" or "style" or "noframes" or "title":
                StartText(tag);
                return true;
            case "pre" or "listing":
                CloseParagraph();
                Insert(tag, null);
                _skipNewline = true;
                return true;
            case "form":
                if (_form is null)
                {
                    CloseParagraph();
                    _form = Insert(tag, ReadAttributes(ref token, tag));
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
                return StartAnchor(tag, ReadAttributes(ref token, tag));
            case "nobr":
                Reconstruct();
                if (InScope("nobr", Scope.Default))
                {
                    if (!Adoption(tag))
                    {
                        return Refuse("a <nobr> inside an open <nobr>");
                    }

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
                InsertVoid(tag, ReadAttributes(ref token, tag));
                return true;
            case "param" or "source" or "track":
                InsertVoid(tag, null);
                return true;
            case "hr":
                CloseParagraph();
                InsertVoid(tag, null);
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
            PushFormatting(Insert(tag, ReadAttributes(ref token, tag)));
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
                return EndForm();
            case "p":
                if (!InScope("p", Scope.Default))
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

        return tag.Is(TagKind.Formatting) ? Adoption(tag) : AnyOtherEndTag(tag.Name);
    }

    private bool InTable(ref StructHtmlToken token, HtmlTag tag)
    {
        if (token.Type == HtmlTokenType.StartTag)
        {
            switch (tag.Name)
            {
                case "tbody" or "thead" or "tfoot":
                    ClearBackTo(static t => t.Name is "table" or "html");
                    Insert(tag, null);
                    _mode = Mode.TableBody;
                    return true;
                case "td" or "th" or "tr":
                    ClearBackTo(static t => t.Name is "table" or "html");
                    Insert(HtmlTag.TableBody, null);
                    _mode = Mode.TableBody;
                    return Tag(ref token, tag);
                case "script" or "style":
                    StartText(tag);
                    return true;
                case "input":
                    var attributes = ReadAttributes(ref token, tag);
                    if (!IsHiddenInput(attributes))
                    {
                        return Refuse("an <input> in a table outside its cells (fostered)");
                    }

                    InsertVoid(tag, attributes);
                    return true;
                case "form":
                    if (_form is null)
                    {
                        _form = Insert(tag, ReadAttributes(ref token, tag));
                        Pop();
                    }

                    return true;
                default:
                    // Captions and column groups have their own modes; anything else is fostered out of the table.
                    return Refuse($"<{tag.Name}> in a table outside its cells");
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
            case "p" or "br":
                // In body these insert an element, which here would be fostered out of the table.
                return Refuse($"</{tag.Name}> in a table outside its cells");
            default:
                // Other end tags insert nothing, so the body rules apply as they are.
                return BodyEnd(tag);
        }
    }

    private bool InTableBody(ref StructHtmlToken token, HtmlTag tag)
    {
        bool start = token.Type == HtmlTokenType.StartTag;
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
                return Tag(ref token, tag);
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
                return Tag(ref token, tag);
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr" when !start:
                return true;
            default:
                return InTable(ref token, tag);
        }
    }

    private bool InRow(ref StructHtmlToken token, HtmlTag tag)
    {
        bool start = token.Type == HtmlTokenType.StartTag;
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
                return Tag(ref token, tag);
            case "tbody" or "tfoot" or "thead" when !start:
                if (!InScope(tag.Name, Scope.Table) || !InScope("tr", Scope.Table))
                {
                    return true;
                }

                EndRow();
                return Tag(ref token, tag);
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" when !start:
                return true;
            default:
                return InTable(ref token, tag);
        }
    }

    private bool InCell(ref StructHtmlToken token, HtmlTag tag)
    {
        bool start = token.Type == HtmlTokenType.StartTag;
        switch (tag.Name)
        {
            case "td" or "th" when !start:
                if (InScope(tag.Name, Scope.Table))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil(tag.Name);
                    ClearFormattingToMarker();
                    _mode = Mode.Row;
                }

                return true;
            case "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr" when start:
                if (!InScope("td", Scope.Table) && !InScope("th", Scope.Table))
                {
                    return true;
                }

                CloseCell();
                return Tag(ref token, tag);
            case "body" or "caption" or "col" or "colgroup" or "html" when !start:
                return true;
            case "table" or "tbody" or "tfoot" or "thead" or "tr" when !start:
                if (!InScope(tag.Name, Scope.Table))
                {
                    return true;
                }

                CloseCell();
                return Tag(ref token, tag);
            default:
                return start ? BodyStart(ref token, tag) : BodyEnd(tag);
        }
    }

    // Raw text, script data and titles end at their own end tag; the tokenizer emits nothing else meanwhile.
    private bool TextEnd(ref StructHtmlToken token)
    {
        if (token.Type != HtmlTokenType.EndTag)
        {
            return Refuse("a tag inside raw text");
        }

        Pop();
        _mode = _modeBeforeText;
        return true;
    }

    private void StartText(HtmlTag tag)
    {
        Insert(tag, null);
        _tokenizer.State = tag.Name switch
        {
            "script" => HtmlParseMode.Script,
            "title" => HtmlParseMode.RCData,
            _ => HtmlParseMode.Rawtext,
        };
        _modeBeforeText = _mode;
        _mode = Mode.Text;
    }

    private bool StartAnchor(HtmlTag tag, Attribute[]? attributes)
    {
        for (int i = _formatting.Count - 1; i >= 0 && _formatting[i] is { } entry; i--)
        {
            if (entry.Tag.Name != "a")
            {
                continue;
            }

            // An anchor left open: the adoption agency closes it, and it must leave both lists.
            if (!Adoption(tag))
            {
                return Refuse("an <a> inside an open <a>");
            }

            _formatting.Remove(entry);
            if (_stack.Contains(entry))
            {
                return Refuse("an <a> left open out of scope");
            }

            break;
        }

        Reconstruct();
        PushFormatting(Insert(tag, attributes));
        return true;
    }

    private bool EndForm()
    {
        var node = _form;
        _form = null;
        if (node is null || !InScope(node))
        {
            return true;
        }

        GenerateImpliedEndTags(null);
        if (!ReferenceEquals(Current, node))
        {
            // The form leaves the stack while elements opened inside it stay open.
            return Refuse("a </form> with elements still open inside it");
        }

        Pop();
        return true;
    }

    /// <summary>The adoption agency algorithm, as far as it closes elements without moving any.</summary>
    private bool Adoption(HtmlTag tag)
    {
        var current = Current;
        if (current.Tag.Name == tag.Name && !_formatting.Contains(current))
        {
            Pop();
            return true;
        }

        int index = _formatting.Count - 1;
        while (index >= 0 && _formatting[index] is { } candidate && candidate.Tag.Name != tag.Name)
        {
            index--;
        }

        if (index < 0 || _formatting[index] is not { } element)
        {
            return AnyOtherEndTag(tag.Name);
        }

        int position = _stack.LastIndexOf(element);
        if (position < 0)
        {
            _formatting.RemoveAt(index);
            return true;
        }

        if (!InScope(element))
        {
            return true;
        }

        for (int i = position + 1; i < _stack.Count; i++)
        {
            if (_stack[i].Tag.Is(TagKind.Special))
            {
                // A block opened inside the formatting element: the full algorithm moves nodes.
                return Refuse($"</{tag.Name}> closing a formatting element around <{_stack[i].Tag.Name}>");
            }
        }

        while (_stack.Count > position)
        {
            Pop();
        }

        _formatting.RemoveAt(index);
        return true;
    }

    private bool AnyOtherEndTag(string name)
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

                return true;
            }

            if (node.Tag.Is(TagKind.Special))
            {
                return true;
            }
        }

        return true;
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
        if (InScope("p", Scope.Default))
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

    private bool InScope(OpenElement element)
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

    private static bool IsHiddenInput(Attribute[]? attributes)
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

    private void PushFormatting(OpenElement element)
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

    private static bool SameAttributes(Attribute[]? a, Attribute[]? b)
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

    private OpenElement Insert(HtmlTag tag, Attribute[]? attributes)
    {
        var parent = Current;
        OpenElement element;
        if (tag.Is(TagKind.Dropped))
        {
            element = new OpenElement(tag, parent.Into, null, dropped: true, attributes);
        }
        else if (tag.Is(TagKind.Kept))
        {
            var node = _writer.Open(parent.Into, tag.Name);
            if (attributes is not null && SanitisedTreeWriter.KeepsAttributes(tag.Name))
            {
                KeepAttributes(node, attributes);
            }

            element = new OpenElement(tag, node, node, dropped: false, attributes);
        }
        else
        {
            element = new OpenElement(tag, parent.Into, null, dropped: false, attributes);
        }

        _stack.Add(element);
        return element;
    }

    private void InsertVoid(HtmlTag tag, Attribute[]? attributes)
    {
        Insert(tag, attributes);
        Pop();
    }

    private void InsertText(ReadOnlySpan<char> text)
    {
        var current = Current;
        if (!current.Dropped)
        {
            _writer.Text(current.Into, text);
        }
    }

    private OpenElement Pop()
    {
        var element = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (element.Node is not null)
        {
            _writer.Close(element.Node);
        }

        return element;
    }

    private static void KeepAttributes(DomNode node, Attribute[] attributes)
    {
        foreach (var name in SanitisedTreeWriter.KeptAttributes)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name == name)
                {
                    node.Attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    node.Attributes[name] = attribute.Value;
                    break;
                }
            }
        }
    }

    // Attributes are read only where they are kept or compared (formatting elements, anchors, inputs, forms).
    private static Attribute[]? ReadAttributes(ref StructHtmlToken token, HtmlTag tag)
    {
        var source = token.Attributes;
        if (source.Count == 0 || !(tag.Is(TagKind.Formatting) || SanitisedTreeWriter.KeepsAttributes(tag.Name)))
        {
            return null;
        }

        var attributes = new Attribute[source.Count];
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = source[i];
            attributes[i] = new Attribute(attribute.Name.ToString(), attribute.Value.ToString());
        }

        return attributes;
    }

    private readonly record struct Attribute(string Name, string Value);

    /// <summary>An element on the stack of open elements; compared by reference, as the lists hold the same instances.</summary>
    /// <param name="tag">Its tag.</param>
    /// <param name="into">Where its content goes: its own node if kept, else its nearest kept ancestor's.</param>
    /// <param name="node">Its node in the sanitised tree, if kept.</param>
    /// <param name="dropped">True for script and style, whose content is dropped.</param>
    /// <param name="attributes">Its attributes, where read (see <see cref="ReadAttributes"/>).</param>
    private sealed class OpenElement(HtmlTag tag, DomNode into, DomNode? node, bool dropped, Attribute[]? attributes)
    {
        public HtmlTag Tag { get; } = tag;

        public DomNode Into { get; } = into;

        public DomNode? Node { get; } = node;

        public bool Dropped { get; } = dropped;

        public Attribute[]? Attributes { get; } = attributes;
    }
}
