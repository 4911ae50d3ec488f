using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>Reads "label: value" pairs where the value is the text trailing the label's element.</summary>
internal sealed class FieldReader(MarkupTree tree)
{
    public string Text(params string[] labels)
    {
        var element = tree.FirstLabelled(labels);
        var tail = element is null ? null : MarkupTree.Tail(element);
        return tail is null ? string.Empty : CourtText.CleanString(PyText.Strip(tail));
    }

    public NodaTime.LocalDate? Date(string label)
    {
        var element = tree.FirstLabelled(label);
        var tail = element is null ? null : MarkupTree.Tail(element);
        return tail is null ? null : CourtDate.Parse(CourtText.CleanString(PyText.Strip(tail)));
    }
}
