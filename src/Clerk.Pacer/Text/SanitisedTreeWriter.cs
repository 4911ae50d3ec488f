using System.Text;

namespace Clerk.Pacer.Text;

/// <summary>
/// Writes the sanitised tree the docket rules read, fed in document order by whichever HTML tree
/// builder runs: kept elements become nodes, other elements dissolve into their parent (their
/// text kept) and adjacent text joins into one node. Whitespace-only text is kept wherever it
/// stands: the reference parser's HTML reader keeps it, and it is what separates the text of one
/// table cell or block from the next ("Prior Filings" and "Debtor" in two rows read
/// "Prior Filings Debtor", not "Prior FilingsDebtor"). Both builders of <see cref="HtmlTree"/> go through
/// here, so the two can only differ in how they read the HTML, never in what they keep of it.
/// </summary>
internal sealed class SanitisedTreeWriter
{
    /// <summary>Kept elements nested deeper than this dissolve like unknown ones.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> KeptTags =
    [
        "a", "abbr", "acronym", "area", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption",
        "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "i", "img", "ins", "kbd", "li", "map", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "rtc", "ruby",
        "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr", "font", "form", "input",
    ];

    /// <summary>The attributes kept, in this order, on the elements <see cref="KeepsAttributes"/> names.</summary>
    public static readonly string[] KeptAttributes = ["href", "onclick", "name", "id", "value", "type"];

    // Text waiting to be added to _pendingTarget. A kept element flushes its parent's text before
    // its own children start, so one buffer is enough. A run that arrives as one string is kept
    // as it is; only a second piece makes a copy.
    private readonly StringBuilder _pending = new();
    private string? _single;
    private bool _hasPending;
    private DomNode? _pendingTarget;

    /// <summary>The elements that become nodes of the tree.</summary>
    public static IReadOnlySet<string> KeptTagNames => KeptTags;

    /// <summary>True for the elements that become nodes of the tree (the rest dissolve into their parent).</summary>
    public static bool IsKept(string name) => KeptTags.Contains(name);

    /// <summary>True for the elements removed together with everything inside them.</summary>
    public static bool IsDroppedWithContent(string name) => name is "script" or "style";

    /// <summary>
    /// True for the elements whose node says whether their start tag had attributes: a bare
    /// <c>p</c> in an attorney cell is a line break, one with attributes is not.
    /// </summary>
    public static bool NotesAttributes(string name) => name is "p";

    /// <summary>True for the elements whose <see cref="KeptAttributes"/> are kept.</summary>
    public static bool KeepsAttributes(string name) => name is "a" or "input" or "form";

    /// <summary>Adds <paramref name="text"/> to the end of <paramref name="target"/>'s content.</summary>
    public void Text(DomNode target, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        Retarget(target);
        if (!_hasPending)
        {
            _single = text;
            _hasPending = true;
            return;
        }

        AppendSingle();
        _pending.Append(text);
    }

    /// <summary>Adds a comment after <paramref name="target"/>'s content so far.</summary>
    public void Comment(DomNode target, string text)
    {
        Flush(target);
        target.Append(DomNode.Comment(text));
    }

    /// <summary>Adds a kept element named <paramref name="name"/> to <paramref name="target"/> and returns it.</summary>
    public DomNode Open(DomNode target, string name)
    {
        Flush(target);
        var node = DomNode.Element(name);
        target.Append(node);
        return node;
    }

    /// <summary>Ends a kept element: nothing more is added to <paramref name="node"/>.</summary>
    public void Close(DomNode node) => Flush(node);

    /// <summary>Adds the text waiting for <paramref name="target"/>, if any, as its last child.</summary>
    public void Flush(DomNode target)
    {
        if (!ReferenceEquals(_pendingTarget, target) || !_hasPending)
        {
            return;
        }

        var text = _single ?? _pending.ToString();
        _pending.Clear();
        _single = null;
        _hasPending = false;
        _pendingTarget = null;
        var children = target.Children;
        if (children.Count > 0 && children[^1].IsText)
        {
            children[^1].Text += text;
            return;
        }

        target.Append(DomNode.TextNode(text));
    }

    private void Retarget(DomNode target)
    {
        if (ReferenceEquals(_pendingTarget, target))
        {
            return;
        }

        if (_pendingTarget is not null)
        {
            Flush(_pendingTarget);
        }

        _pendingTarget = target;
    }

    private void AppendSingle()
    {
        if (_single is not null)
        {
            _pending.Append(_single);
            _single = null;
        }
    }
}
