using System.Text;
using System.Text.RegularExpressions;
using Clerk.Pacer.Text;
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
        public List<DomNode> TopNodes { get; } = [];

        public StringBuilder Text { get; } = new();
    }

    /// <summary>Reads a party's left cell; null when it does not hold at least a name and a role.</summary>
    public static AppellateParty? ReadPartyCell(DomNode cell, IReadOnlyList<AppellateAttorney> attorneys)
    {
        var segments = new List<Segment> { new() };
        SplitOnBreaks(cell, segments);
        if (segments.Count < 2)
        {
            return null;
        }

        var name = PyText.Strip(segments[0].Text.ToString());
        var role = PyText.Strip(segments[^1].Text.ToString());
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

            var label = PyText.Strip(bold.TextContent());
            if (label.EndsWith(':'))
            {
                label = label[..^1];
            }

            var value = bold.Tail;
            if (label == "Terminated")
            {
                hasTerminated = true;
                terminated = CourtDate.Parse(value);
            }
            else
            {
                fields.Add(new AppellatePartyField(label, value));
            }
        }

        return new AppellateParty(name, role, terminated, fields, unparsed, attorneys) { HasTerminatedLine = hasTerminated };
    }

    private static DomNode? FirstNamed(List<DomNode> nodes, string tag) => nodes.FirstOrDefault(node => node.Is(tag));

    private static void SplitOnBreaks(DomNode container, List<Segment> segments)
    {
        foreach (var child in container.Children)
        {
            switch (child)
            {
                case { IsText: true }:
                    segments[^1].TopNodes.Add(child);
                    segments[^1].Text.Append(child.Text);
                    break;
                case { Name: "br" }:
                    segments.Add(new Segment());
                    break;
                case { IsElement: true } when child.HasDescendant("br"):
                    SplitOnBreaks(child, segments);
                    break;
                case { IsElement: true }:
                    segments[^1].TopNodes.Add(child);
                    segments[^1].Text.Append(child.TextContent());
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
    public static List<List<DomNode>> SplitAttorneyBlocks(DomNode cell)
    {
        var blocks = new List<List<DomNode>> { new() };
        var children = cell.Children;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Is("br") && i + 1 < children.Count && children[i + 1].Is("br"))
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
    public static AppellateAttorney? ReadAttorney(IEnumerable<DomNode> nodes)
    {
        var runs = new List<string>();
        var current = new StringBuilder();
        foreach (var node in nodes)
        {
            CollectRuns(node, runs, current);
        }

        Flush(runs, current);
        var lines = string.Join(' ', runs).Split(LineBreak).Where(piece => piece.Length > 0).Select(PyText.Strip).ToList();
        if (lines.Count == 0 || lines[0].Length == 0)
        {
            return null;
        }

        // Bracketed lines are roles, the rest contact.
        var roles = lines.Skip(1).Select(line => RoleLine().Match(line)).Where(match => match.Success).Select(match => match.Groups[1].Value).ToList();
        var contacts = lines.Skip(1).Where(line => !RoleLine().IsMatch(line));
        return new AppellateAttorney(lines[0], roles, string.Join('\n', contacts));
    }

    [GeneratedRegex(@"^\[(.*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex RoleLine();

    // Text pieces separated by markup other than line breaks are joined with a space: "Email:<a>x</a>"
    // reads "Email: x" with the extra space the expected parses carry.
    private static void CollectRuns(DomNode node, List<string> runs, StringBuilder current)
    {
        switch (node)
        {
            case { IsText: true }:
                current.Append(node.Text);
                break;
            case { Name: "br" }:
                current.Append(LineBreak);
                break;
            case { Name: "p", HasAttributes: false }:
                current.Append(LineBreak);
                foreach (var child in node.Children)
                {
                    CollectRuns(child, runs, current);
                }

                Flush(runs, current);
                break;
            case { IsElement: true }:
                Flush(runs, current);
                foreach (var child in node.Children)
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

    /// <summary>Gives each "SEE ABOVE" attorney the contact listed earlier (see <see cref="SeeAboveContacts"/>).</summary>
    public static List<AppellateParty> ResolveSeeAbove(List<AppellateParty> parties)
    {
        var contacts = new SeeAboveContacts();
        return [.. parties.Select(party => party with
        {
            Attorneys = [.. party.Attorneys.Select(attorney => attorney with { Contact = contacts.Resolve(attorney.Name, attorney.Contact) })],
        })];
    }
}
