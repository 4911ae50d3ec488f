namespace Clerk.Pacer.Text;

/// <summary>
/// The tree builder of <see cref="HtmlTree"/>: an HTML5 tree builder fed by <see cref="MarkupTokenizer"/>,
/// building a light tree (<see cref="ParsedNode"/>) that is then written through
/// <see cref="SanitisedTreeWriter"/>. It follows the tree-construction rules for a fragment in a
/// <c>div</c> of a quirks-mode document: in body, in table, in caption, in column group, in table
/// body, in row, in cell, in select (and in select in table) and text, with implied end tags, the
/// adoption agency for misnested formatting, content fostered out of tables, and SVG and MathML
/// content with its integration points. It reads any markup and never hands it elsewhere; where
/// AngleSharp (the tests' oracle) departs from the standard it follows AngleSharp (each case
/// says so), and where it simplifies (a template's content is read by the body rules and left
/// out of the tree, as a browser leaves it out of the children) the comment says so. Tests
/// compare it with AngleSharp's tree builder on every fixture and on generated tag soup.
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
    private bool _fosterNextToken;

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
        Caption,
        ColumnGroup,
        Select,
        SelectInTable,
        Text,
    }

    private enum Scope
    {
        Default,
        Button,
        ListItem,
        Table,
        Select,
    }

    /// <summary>The sanitised tree of <paramref name="html"/>, its root standing for the document body.</summary>
    /// <exception cref="PacerReportException">The markup nests elements deeper than <see cref="MaxOpenElements"/>.</exception>
    public static DomNode Build(string html)
    {
        // A byte order mark that survived decoding is not text; NUL characters, which the standard
        // drops from body text and replaces elsewhere, are dropped (no report holds one on purpose).
        if (html.StartsWith('\uFEFF'))
        {
            html = html[1..];
        }

        if (html.Contains('\0'))
        {
            html = html.Replace("\0", "", StringComparison.Ordinal);
        }

        // The standard reads CR LF and a lone CR as LF before tokenizing, and so does AngleSharp.
        if (html.Contains('\r'))
        {
            html = html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var builder = new TokenTreeBuilder(new MarkupTokenizer(html));
        builder.Run();
        return TreeWalk<ParsedNode, ParsedTree>.WriteChildren(builder._root, DomNode.Element("body"));
    }

    private ParsedNode Current => _stack[^1];

    private void Run()
    {
        while (true)
        {
            _tokenizer.Next();
            if (_mode == Mode.Text && _tokenizer.Type != MarkupToken.Character)
            {
                // Raw text ends at its own end tag, or at the end of a file cut short.
                Pop();
                _mode = _modeBeforeText;
                if (_tokenizer.Type == MarkupToken.EndTag)
                {
                    continue;
                }
            }

            bool fostered = _fosterNextToken;
            _fosterNextToken = false;
            if (!fostered && _tokenizer.Type != MarkupToken.EndOfFile && IsForeignToken())
            {
                Foreign();
                AfterToken();
                continue;
            }

            _fosterParenting = fostered;
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
                _fosterParenting = false;
                AfterToken();
                continue;
            }

            switch (_tokenizer.Type)
            {
                case MarkupToken.EndOfFile:
                    return;
                case MarkupToken.Comment:
                    Current.Append(ParsedNode.Comment(_tokenizer.Text.ToString()));
                    break;
                case MarkupToken.Doctype:
                    break;
                default:
                    Tag(_tokenizer.Tag);
                    break;
            }

            _fosterParenting = false;
            AfterToken();
        }
    }

    private void AfterToken()
    {
        if (_stack.Count > MaxOpenElements)
        {
            throw PacerReportException.AtLine(
                ReportEnd.LineAt(_tokenizer.Html, _tokenizer.Position),
                $"elements nested more than {MaxOpenElements} deep; no docket report nests so deep, so the report is refused");
        }

        _tokenizer.InForeignContent = Current.Tag.Is(TagKind.Foreign);
    }

    private void Characters(ReadOnlySpan<char> text)
    {
        switch (_mode)
        {
            case Mode.Text or Mode.Select or Mode.SelectInTable:
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
            case Mode.ColumnGroup:
                ColumnGroupText(text);
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

    private bool Tag(HtmlTag tag) => _mode switch
    {
        Mode.Table => InTable(tag),
        Mode.TableBody => InTableBody(tag),
        Mode.Row => InRow(tag),
        Mode.Cell => InCell(tag),
        Mode.Caption => InCaption(tag),
        Mode.ColumnGroup => InColumnGroup(tag),
        Mode.Select => InSelect(tag),
        Mode.SelectInTable => InSelectInTable(tag),
        _ => _tokenizer.Type == MarkupToken.StartTag ? BodyStart(tag) : BodyEnd(tag),
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

        public static string NameOf(ParsedNode node) => node.Tag.LocalName;

        public static bool IsHtml(ParsedNode node) => !node.Tag.Is(TagKind.Foreign);

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
