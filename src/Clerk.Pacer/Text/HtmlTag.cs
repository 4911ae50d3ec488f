namespace Clerk.Pacer.Text;

/// <summary>What the HTML5 tree-construction rules say of a tag name, as far as <see cref="TokenTreeBuilder"/> needs it.</summary>
[Flags]
internal enum TagKind
{
    None = 0,

    /// <summary>Becomes a node of the sanitised tree (see <see cref="SanitisedTreeWriter.IsKept"/>).</summary>
    Kept = 1 << 0,

    /// <summary>Removed with its content (script, style).</summary>
    Dropped = 1 << 1,

    /// <summary>The HTML5 "special" category: stops the search of an end tag and of list items.</summary>
    Special = 1 << 2,

    /// <summary>A formatting element, reopened after a block that closed it.</summary>
    Formatting = 1 << 3,

    /// <summary>A start tag that closes an open <c>p</c> and then opens its element.</summary>
    ClosesParagraph = 1 << 4,

    /// <summary>Closed implicitly by "generate implied end tags".</summary>
    ImpliedEnd = 1 << 5,

    /// <summary>An end tag that closes its element and everything opened inside it.</summary>
    BlockEnd = 1 << 6,

    /// <summary>h1 to h6.</summary>
    Heading = 1 << 7,

    /// <summary>An SVG or MathML element (its name carries the prefix <c>svg:</c> or <c>math:</c>).</summary>
    Foreign = 1 << 8,

    /// <summary>The table section elements tbody, thead and tfoot.</summary>
    TableSection = 1 << 9,
}

/// <summary>A tag name with its <see cref="TagKind"/>; known names are shared instances.</summary>
internal sealed class HtmlTag
{
    private static readonly Dictionary<string, HtmlTag> Known = Build();
    private static readonly Dictionary<string, HtmlTag>.AlternateLookup<ReadOnlySpan<char>> ByName =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private HtmlTag(string name, TagKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public TagKind Kind { get; }

    public bool Is(TagKind kind) => (Kind & kind) != 0;

    public static readonly HtmlTag Html = Known["html"];
    public static readonly HtmlTag Paragraph = Known["p"];
    public static readonly HtmlTag TableBody = Known["tbody"];
    public static readonly HtmlTag TableRow = Known["tr"];
    public static readonly HtmlTag Br = Known["br"];

    /// <summary>Stands in for the tag of a text node or a comment.</summary>
    public static readonly HtmlTag None = new("#none", TagKind.None);

    /// <summary>
    /// A new tag for an SVG or MathML element named <paramref name="name"/>: its name is prefixed
    /// (<c>svg:title</c>), so that no rule for the HTML element of that name finds it.
    /// </summary>
    public static HtmlTag Foreign(string prefix, ReadOnlySpan<char> name) => new(string.Concat(prefix, name), TagKind.Foreign);

    /// <summary>The name without the prefix of a foreign element.</summary>
    public string LocalName => Is(TagKind.Foreign) ? Name[(Name.IndexOf(':', StringComparison.Ordinal) + 1)..] : Name;

    /// <summary>The tag named <paramref name="name"/> (lower case, as the tokenizer gives it).</summary>
    public static HtmlTag Of(ReadOnlySpan<char> name)
    {
        if (ByName.TryGetValue(name, out var tag))
        {
            return tag;
        }

        var text = name.ToString();
        return new HtmlTag(text, SanitisedTreeWriter.IsKept(text) ? TagKind.Kept : TagKind.None);
    }

    private static Dictionary<string, HtmlTag> Build()
    {
        var kinds = new Dictionary<string, TagKind>(StringComparer.Ordinal);
        void Add(TagKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Add(TagKind.Special,
            "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
            "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
            "dialog", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
            "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
            "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol",
            "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table",
            "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        Add(TagKind.Formatting,
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        Add(TagKind.ClosesParagraph,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
            "summary", "ul");
        Add(TagKind.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");
        Add(TagKind.BlockEnd,
            "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol",
            "pre", "search", "section", "summary", "ul");
        Add(TagKind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(TagKind.TableSection, "tbody", "thead", "tfoot");
        // Named so that their rules find one shared instance.
        Add(TagKind.None, "applet", "frameset", "image", "marquee", "math", "object", "plaintext", "select", "svg", "template");

        foreach (var name in SanitisedTreeWriter.KeptTagNames)
        {
            kinds.TryAdd(name, TagKind.None);
        }

        var known = new Dictionary<string, HtmlTag>(StringComparer.Ordinal);
        foreach (var (name, kind) in kinds)
        {
            known[name] = new HtmlTag(name, kind
                | (SanitisedTreeWriter.IsKept(name) ? TagKind.Kept : TagKind.None)
                | (SanitisedTreeWriter.IsDroppedWithContent(name) ? TagKind.Dropped : TagKind.None));
        }

        return known;
    }
}
