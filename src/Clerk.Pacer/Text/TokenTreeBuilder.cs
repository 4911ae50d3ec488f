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
internal sealed partial class TokenTreeBuilder
{
    /// <summary>
    /// The most elements a report may hold open at once. Real docket reports stay far below it (the
    /// deepest fixture nests 20 kept elements); hostile markup nested deeper is refused, which keeps the
    /// tree building linear (scope checks walk the open elements) and below
    /// <see cref="SanitisedTreeWriter.MaxDepth"/>.
    /// </summary>
    public const int MaxOpenElements = 400;

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
                throw new PacerReportException(
                    $"line {LineAt(_tokenizer.Position)}: elements nested more than {MaxOpenElements} deep; no docket report nests so deep, so the report is refused");
            }
        }
    }

    private int LineAt(int position)
    {
        var html = _tokenizer.Html.AsSpan(0, Math.Min(position, _tokenizer.Html.Length));
        return html.Count('\n') + 1;
    }

    private void Characters(ReadOnlySpan<char> text)
    {
        switch (_mode)
        {
            case Mode.Text:
                if (!text.IsEmpty)
                {
                    InsertText(text);
                }

                return;
            case Mode.Table or Mode.TableBody or Mode.Row when IsTableContext(Current.Tag):
                if (!text.IsEmpty)
                {
                    TableText(text);
                }

                return;
            default:
                // Also for a token left empty by the newline dropped after <pre>: AngleSharp
                // reopens formatting elements there, where the standard ignores the token.
                Reconstruct();
                if (!text.IsEmpty)
                {
                    InsertText(text);
                }

                return;
        }
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

    // Attributes are read only where they are kept, noted or compared (formatting elements, anchors, inputs, forms, paragraphs).
    private ParsedAttribute[]? ReadAttributes(HtmlTag tag)
    {
        int count = _tokenizer.AttributeCount;
        if (count == 0 || !(tag.Is(TagKind.Formatting) || SanitisedTreeWriter.KeepsAttributes(tag.Name) || SanitisedTreeWriter.NotesAttributes(tag.Name)))
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

        public static bool HasAttributes(ParsedNode node) => node.Attributes is { Length: > 0 };

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
