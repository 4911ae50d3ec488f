using System.Text;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>Text views of report elements that the docket rules are written against.</summary>
internal static class ReportText
{
    private const char Separator = '\uffff';

    /// <summary>
    /// The text of an element (and of the text right after it) cut at each line break
    /// (<c>br</c>, <c>p</c>), each piece trimmed. Separate text runs are joined by a space,
    /// which is how "Date Filed:" in bold and the date after it become one line.
    /// </summary>
    public static List<string> BreakLines(DomNode element)
    {
        var sb = new StringBuilder();
        bool boundary = false;
        bool any = false;

        void Add(string s)
        {
            if (boundary && any)
            {
                sb.Append(' ');
            }

            boundary = false;
            any = true;
            sb.Append(s);
        }

        Walk(element);
        if (element.NextSibling is { IsText: true } tail)
        {
            boundary = true;
            Add(tail.Text);
        }

        var lines = new List<string>();
        foreach (var piece in sb.ToString().Split(Separator))
        {
            if (piece.Length > 0)
            {
                lines.Add(PyText.Strip(piece));
            }
        }

        return lines;

        void Walk(DomNode node)
        {
            foreach (var child in node.Children)
            {
                switch (child.Kind)
                {
                    case DomNodeKind.Text:
                        Add(child.Text);
                        break;
                    case DomNodeKind.Comment:
                        boundary = true;
                        break;
                    default:
                        if (child.Name == "br")
                        {
                            Add(Separator.ToString());
                            Walk(child);
                            break;
                        }

                        if (child.Name == "p")
                        {
                            Add(Separator.ToString());
                        }
                        else
                        {
                            boundary = true;
                        }

                        Walk(child);
                        boundary = true;
                        break;
                }
            }
        }
    }
}
