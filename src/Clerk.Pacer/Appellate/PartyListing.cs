using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NodaTime;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// Reads the two halves of a party row, shared by CM/ECF and ACMS: the left cell is
/// name, optional labelled lines, role, separated by line breaks; the attorney side holds
/// one block per attorney whose first line is the name, bracketed lines roles, the rest contact.
/// </summary>
internal static partial class PartyListing
{
    private const char LineBreak = '\u0001';

    private sealed class Segment
    {
        public List<INode> TopNodes { get; } = [];

        public StringBuilder Text { get; } = new();
    }

    /// <summary>Reads a party's left cell; null when it does not hold at least a name and a role.</summary>
    public static AppellateParty? ReadPartyCell(IElement cell, IReadOnlyList<AppellateAttorney> attorneys)
    {
        var segments = new List<Segment> { new() };
        SplitOnBreaks(cell, segments);
        if (segments.Count < 2)
        {
            return null;
        }

        var name = AppellateText.Strip(segments[0].Text.ToString());
        var role = AppellateText.Strip(segments[^1].Text.ToString());
        if (role.EndsWith(','))
        {
            role = role[..^1];
        }

        LocalDate? terminated = null;
        var hasTerminated = false;
        var fields = new List<AppellatePartyField>();
        List<string>? unparsed = null;
        for (var i = 1; i < segments.Count - 1; i++)
        {
            var segment = segments[i];
            var bold = FirstNamed(segment.TopNodes, "strong") ?? FirstNamed(segment.TopNodes, "b");
            if (bold is null)
            {
                (unparsed ??= []).Add(segment.Text.ToString());
                continue;
            }

            var label = AppellateText.Strip(MarkupTree.TextOf(bold));
            if (label.EndsWith(':'))
            {
                label = label[..^1];
            }

            var value = MarkupTree.Tail(bold);
            if (label == "Terminated")
            {
                hasTerminated = true;
                terminated = CourtDates.ParseDate(value);
            }
            else
            {
                fields.Add(new AppellatePartyField(label, value));
            }
        }

        return new AppellateParty(name, role, terminated, fields, unparsed, attorneys) { HasTerminatedLine = hasTerminated };
    }

    private static IElement? FirstNamed(List<INode> nodes, string tag)
    {
        foreach (var node in nodes)
        {
            if (node is IElement element && element.LocalName == tag)
            {
                return element;
            }
        }

        return null;
    }

    private static void SplitOnBreaks(INode container, List<Segment> segments)
    {
        foreach (var child in container.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    segments[^1].TopNodes.Add(text);
                    segments[^1].Text.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    segments.Add(new Segment());
                    break;
                case IElement element when MarkupTree.HasDescendant(element, "br"):
                    SplitOnBreaks(element, segments);
                    break;
                case IElement element:
                    segments[^1].TopNodes.Add(element);
                    segments[^1].Text.Append(MarkupTree.TextOf(element));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Splits a CM/ECF attorney cell into one node run per attorney: attorneys are separated by
    /// two line breaks with nothing between them.
    /// </summary>
    public static List<List<INode>> SplitAttorneyBlocks(IElement cell)
    {
        var blocks = new List<List<INode>> { new() };
        var children = cell.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement { LocalName: "br" } && i + 1 < children.Length && children[i + 1] is IElement { LocalName: "br" })
            {
                blocks.Add([]);
                i++;
                continue;
            }

            blocks[^1].Add(children[i]);
        }

        return blocks;
    }

    /// <summary>Reads one attorney block; null for blocks without a name (padding, blank lines).</summary>
    public static AppellateAttorney? ReadAttorney(IEnumerable<INode> nodes)
    {
        var runs = new List<string>();
        var current = new StringBuilder();
        foreach (var node in nodes)
        {
            CollectRuns(node, runs, current);
        }

        Flush(runs, current);
        var text = string.Join(' ', runs);
        var lines = new List<string>();
        foreach (var piece in text.Split(LineBreak))
        {
            if (piece.Length > 0)
            {
                lines.Add(AppellateText.Strip(piece));
            }
        }

        if (lines.Count == 0 || lines[0].Length == 0)
        {
            return null;
        }

        var roles = new List<string>();
        var contacts = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var match = RoleLine().Match(line);
            if (match.Success)
            {
                roles.Add(match.Groups[1].Value);
            }
            else
            {
                contacts.Add(line);
            }
        }

        return new AppellateAttorney(lines[0], roles, string.Join('\n', contacts));
    }

    [GeneratedRegex(@"^\[(.*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex RoleLine();

    // Text pieces separated by markup other than line breaks are joined with a space: "Email:<a>x</a>"
    // reads "Email: x" with the extra space the expected parses carry.
    private static void CollectRuns(INode node, List<string> runs, StringBuilder current)
    {
        switch (node)
        {
            case IText text:
                current.Append(text.Data);
                break;
            case IElement { LocalName: "br" }:
                current.Append(LineBreak);
                break;
            case IElement { LocalName: "p" } paragraph when paragraph.Attributes.Length == 0:
                current.Append(LineBreak);
                foreach (var child in paragraph.ChildNodes)
                {
                    CollectRuns(child, runs, current);
                }

                Flush(runs, current);
                break;
            case IElement element:
                Flush(runs, current);
                foreach (var child in element.ChildNodes)
                {
                    CollectRuns(child, runs, current);
                }

                Flush(runs, current);
                break;
            default:
                Flush(runs, current);
                break;
        }
    }

    private static void Flush(List<string> runs, StringBuilder current)
    {
        if (current.Length > 0)
        {
            runs.Add(current.ToString());
            current.Clear();
        }
    }

    [GeneratedRegex(@"see\s+above", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeeAbove();

    /// <summary>
    /// Replaces "SEE ABOVE" contacts with the contact given earlier for the same attorney name
    /// (or empty when none was given).
    /// </summary>
    public static List<AppellateParty> ResolveSeeAbove(List<AppellateParty> parties)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < parties.Count; p++)
        {
            var attorneys = parties[p].Attorneys.ToList();
            var changed = false;
            for (var a = 0; a < attorneys.Count; a++)
            {
                var attorney = attorneys[a];
                if (attorney.Contact.Length == 0)
                {
                    continue;
                }

                if (SeeAbove().IsMatch(attorney.Contact))
                {
                    attorneys[a] = attorney with { Contact = known.GetValueOrDefault(attorney.Name, string.Empty) };
                    changed = true;
                }
                else
                {
                    known[attorney.Name] = attorney.Contact;
                }
            }

            if (changed)
            {
                parties[p] = parties[p] with { Attorneys = attorneys };
            }
        }

        return parties;
    }
}
