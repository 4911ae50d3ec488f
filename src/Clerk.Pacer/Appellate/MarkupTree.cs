using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// An appellate page as the sanitised tree every report kind is read from (<see cref="HtmlTree"/>),
/// with the reads the appellate rules need: the first element labelled with a given text (an
/// element's own leading text), the "label: value" fields that trail such labels, and the comments
/// that open sections (comments stay in the tree because they mark the report's sections).
/// </summary>
internal sealed class MarkupTree
{
    private readonly string?[] _firstTexts;
    private Dictionary<string, int>? _labelIndex;

    private MarkupTree(DomNode root, EntryBatches? batches)
    {
        Batches = batches;
        Root = root;
        Elements = root.Descendants().Where(node => node.IsElement).ToList();
        _firstTexts = [.. Elements.Select(FirstChildText)];
    }

    /// <summary>The container of the page's content.</summary>
    public DomNode Root { get; }

    /// <summary>Every element under <see cref="Root"/>, in document order.</summary>
    public IReadOnlyList<DomNode> Elements { get; }

    /// <summary>Parses a page (or fragment).</summary>
    public static MarkupTree Parse(string html) => new(HtmlTree.Parse(html), null);

    /// <summary>Parses the page of <paramref name="batches"/> without its entry rows (<see cref="EntryBatches.Remainder"/>).</summary>
    public static MarkupTree Parse(EntryBatches batches) => new(HtmlTree.Parse(batches.Remainder), batches);

    /// <summary>
    /// For a page parsed without its docket entry rows (a large report, <see cref="EntryBatches"/>):
    /// where the rows stand and what they hold. Null for a whole page.
    /// </summary>
    public EntryBatches? Batches { get; }

    /// <summary>
    /// True when a lookup on a page parsed without its rows may have found something other than the
    /// same lookup on the whole page: the page must then be parsed whole.
    /// </summary>
    public bool Unsettled { get; private set; }

    /// <summary>
    /// Notes whether <paramref name="found"/>, looked up by <paramref name="keys"/>, is what the whole
    /// page gives: something before the rows that no cell or table holding them contains, or nothing
    /// while the rows hold none of the keys either.
    /// </summary>
    public void Settle(DomNode? found, IEnumerable<string> keys)
    {
        if (Batches?.Place is { } place)
        {
            Unsettled |= found is null ? keys.Any(Batches.Mentions) : !Before(found, place);
        }
    }

    /// <summary>As <see cref="Settle(DomNode?, IEnumerable{string})"/>, for a lookup that would go on into the rows when it finds nothing.</summary>
    public void Settle(DomNode? found)
    {
        if (Batches?.Place is { } place)
        {
            Unsettled |= found is null || !Before(found, place);
        }
    }

    // Nothing read of such a node (its text, its cell's, its table's rows) changes with the rows.
    private static bool Before(DomNode node, DomNode place) =>
        node.Order < place.Order && !node.Ancestors().Prepend(node).Any(a => a.Name is "td" or "table" && a.IsAncestorOf(place));

    /// <summary>The first text node among the element's children (not necessarily its first child).</summary>
    internal static string? FirstChildText(DomNode element) => element.Children.FirstOrDefault(child => child.IsText)?.Text;

    /// <summary>The value of a "label: value" field: the text trailing the first element labelled with any of <paramref name="labels"/>, tidied; empty when there is none.</summary>
    public string Field(params string[] labels) =>
        LabelTail(labels) is { } tail ? CourtText.CleanString(PyText.Strip(tail)) : string.Empty;

    /// <summary>The date a "label: date" field holds; null when there is no such field or no date in it.</summary>
    public NodaTime.LocalDate? DateField(string label) =>
        LabelTail([label]) is { } tail ? CourtDate.Parse(CourtText.CleanString(PyText.Strip(tail))) : null;

    // The tail of the first element labelled: of a page parsed without its rows, the rows' first
    // such element when the page has none before them (only the tail is read, so the element's
    // place among cells and tables does not matter).
    private string? LabelTail(string[] labels)
    {
        var found = Find(labels);
        if (Batches?.Place is { } place && (found is null || found.Order > place.Order))
        {
            var (known, inRows, tail) = Batches.FirstTail(labels);
            Unsettled |= !known;
            if (inRows)
            {
                return tail;
            }
        }

        return found?.Tail;
    }

    /// <summary>The first element, in document order, whose first child text contains any of <paramref name="labels"/>.</summary>
    public DomNode? FirstLabelled(params string[] labels)
    {
        var found = Find(labels);
        Settle(found, labels);
        return found;
    }

    private DomNode? Find(string[] labels)
    {
        if (_labelIndex is not null && labels.All(_labelIndex.ContainsKey))
        {
            var best = int.MaxValue;
            foreach (var label in labels)
            {
                best = Math.Min(best, _labelIndex[label]);
            }

            return best == int.MaxValue ? null : Elements[best];
        }

        for (var i = 0; i < _firstTexts.Length; i++)
        {
            if (_firstTexts[i] is { } text && ContainsAny(text, labels))
            {
                return Elements[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Finds, in one pass, the first element labelled with each of <paramref name="labels"/>, so that
    /// later <see cref="FirstLabelled(string[])"/> calls for them do not rescan the page.
    /// </summary>
    public void IndexLabels(string[] labels)
    {
        var search = System.Buffers.SearchValues.Create(labels, StringComparison.Ordinal);
        var index = labels.ToDictionary(label => label, _ => int.MaxValue, StringComparer.Ordinal);
        var missing = labels.Length;
        for (var i = 0; i < _firstTexts.Length && missing > 0; i++)
        {
            if (_firstTexts[i] is not { } text || text.AsSpan().IndexOfAny(search) < 0)
            {
                continue;
            }

            foreach (var label in labels)
            {
                if (index[label] == int.MaxValue && text.Contains(label, StringComparison.Ordinal))
                {
                    index[label] = i;
                    missing--;
                }
            }
        }

        _labelIndex = index;
    }

    private static bool ContainsAny(string text, string[] labels) => labels.Any(label => text.Contains(label, StringComparison.Ordinal));

    /// <summary>As <see cref="FirstLabelled(string[])"/>, over the given elements.</summary>
    public static DomNode? FirstLabelled(IEnumerable<DomNode> elements, params string[] labels) =>
        elements.FirstOrDefault(element => FirstChildText(element) is { } text && ContainsAny(text, labels));

    /// <summary>The first comment, in document order, whose text contains <paramref name="marker"/>.</summary>
    public DomNode? FindComment(string marker)
    {
        var found = Root.Descendants().FirstOrDefault(node => node.Kind == DomNodeKind.Comment && node.Text.Contains(marker, StringComparison.Ordinal));
        Settle(found, [marker]);
        return found;
    }
}
