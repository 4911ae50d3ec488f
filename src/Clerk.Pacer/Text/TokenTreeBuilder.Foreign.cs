namespace Clerk.Pacer.Text;

// SVG and MathML content: its elements are kept apart from HTML ones (their names carry a prefix),
// HTML markup that cannot stand inside them closes them, and integration points read HTML again.
internal sealed partial class TokenTreeBuilder
{
    // Start tags that leave foreign content ("breakout" elements); font only with one of its attributes.
    private static readonly HashSet<string> Breakout =
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ];

    private void InsertForeign(string prefix, string name)
    {
        Insert(HtmlTag.Foreign(prefix, name), null);
        if (_tokenizer.SelfClosing)
        {
            Pop();
        }
    }

    // The tree construction dispatcher: is the current token read by the rules for foreign content?
    private bool IsForeignToken()
    {
        var current = Current.Tag;
        if (!current.Is(TagKind.Foreign))
        {
            return false;
        }

        bool start = _tokenizer.Type == MarkupToken.StartTag;
        bool characters = _tokenizer.Type == MarkupToken.Character;
        if (current.Name is "math:mi" or "math:mo" or "math:mn" or "math:ms" or "math:mtext"
            && (characters || (start && _tokenizer.Tag.Name is not ("mglyph" or "malignmark"))))
        {
            return false;
        }

        if (current.Name == "math:annotation-xml" && start && _tokenizer.Tag.Name == "svg")
        {
            return false;
        }

        return !(IsHtmlIntegrationPoint(current) && (start || characters));
    }

    // MathML annotation-xml is one too when its encoding is HTML; that attribute is not read here.
    private static bool IsHtmlIntegrationPoint(HtmlTag tag) => tag.Name is "svg:foreignobject" or "svg:desc" or "svg:title";

    // AngleSharp also bounds scopes at svg:template, as at an HTML template.
    private static bool IsForeignScopeBoundary(HtmlTag tag) =>
        tag.Is(TagKind.Foreign) && (IsHtmlIntegrationPoint(tag)
            || tag.Name is "math:mi" or "math:mo" or "math:mn" or "math:ms" or "math:mtext" or "math:annotation-xml"
            || tag.Name == "svg:template");

    private void Foreign()
    {
        switch (_tokenizer.Type)
        {
            case MarkupToken.Character:
                if (!_tokenizer.Text.IsEmpty)
                {
                    Current.AppendText(_tokenizer.Text);
                }

                return;
            case MarkupToken.Comment:
                Current.Append(ParsedNode.Comment(_tokenizer.Text.ToString()));
                return;
            case MarkupToken.Doctype:
                return;
        }

        var tag = _tokenizer.Tag;
        if (_tokenizer.Type == MarkupToken.StartTag)
        {
            if (Breakout.Contains(tag.Name) || (tag.Name == "font" && HasFontAttribute()))
            {
                LeaveForeignContent(tag);
                return;
            }

            var prefix = Current.Tag.Name[..(Current.Tag.Name.IndexOf(':', StringComparison.Ordinal) + 1)];
            InsertForeign(prefix, tag.Name);
            return;
        }

        if (tag.Name is "br" or "p")
        {
            // Stray </br> and </p> leave foreign content too.
            LeaveForeignContent(tag);
            return;
        }

        // An end tag closes the foreign element of its name; reaching an HTML element, the HTML rules read it.
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (!node.Tag.Is(TagKind.Foreign))
            {
                Tag(tag);
                return;
            }

            if (node.Tag.LocalName == tag.Name)
            {
                _stack.RemoveRange(i, _stack.Count - i);
                return;
            }
        }
    }

    // Pops the foreign elements down to an HTML element or integration point, then reads the tag by the HTML rules.
    private void LeaveForeignContent(HtmlTag tag)
    {
        while (Current.Tag.Is(TagKind.Foreign) && !IsForeignScopeBoundary(Current.Tag))
        {
            Pop();
        }

        Tag(tag);
    }

    private bool HasFontAttribute() =>
        Enumerable.Range(0, _tokenizer.AttributeCount).Any(i => _tokenizer.AttributeName(i) is "color" or "face" or "size");
}
