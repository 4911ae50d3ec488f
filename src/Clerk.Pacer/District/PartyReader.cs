using System.Text.RegularExpressions;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>
/// Reads the party table: rows whose first cell holds a bold-underlined role ("Plaintiff"),
/// an italic-bold role (bankruptcy) or a dashed heading (adversary proceedings), the bold
/// name and details under it, and the counsel listed in the third cell.
/// </summary>
internal sealed partial class PartyReader(DomNode root, bool isBankruptcy, bool isAdversary)
{
    [GeneratedRegex("----*")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"highest\s+offense.*(?<status>opening|terminated)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffenseHeading();

    [GeneratedRegex(@"(?<status>pending|terminated)\s+counts", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountsHeading();

    [GeneratedRegex("complaints", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComplaintsHeading();

    public List<Party> Read()
    {
        var rows = PartyRows();
        var parties = new List<PartyDraft>();
        // A party listed twice (the same in every field) is kept once. Compared only with those of its
        // role and name: against every one before it, 20,000 parties took seconds to read.
        var byName = new Dictionary<(string?, string?), List<PartyDraft>>();
        var party = new PartyDraft();
        for (int i = 0; i < rows.Count; i++)
        {
            var prev = i > 0 ? rows[i - 1] : null;
            var row = rows[i];
            var next = i + 1 < rows.Count ? rows[i + 1] : null;
            var cells = row.DescendantElements("td").ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var rowText = LowerText(row);
            if (SkipsRow(row, rowText, cells, next))
            {
                continue;
            }

            bool headingOnly;
            (party, headingOnly) = ReadRole(rowText, cells, party);
            if (headingOnly)
            {
                continue;
            }

            var nameBold = NameBolds(cells[0]).FirstOrDefault();
            bool prevHasDisposition = prev is not null && prev.TextContent().Contains("Disposition", StringComparison.Ordinal);
            if (nameBold is not null && !prevHasDisposition)
            {
                party.HasName = true;
                party.Name = PyText.Strip(nameBold.TextContent());
                var lines = cells[0].DescendantTexts()
                    .Where(t => t.Parent is not { Name: "b" } && !PyText.IsBlank(t.Text))
                    .Select(t => PyText.Strip(t.Text));
                party.ExtraInfo = string.Join('\n', lines);
                party.DateTerminated = ReportReader.TerminatedDate(party.ExtraInfo);
            }

            if (cells.Count == 3 && !party.IsEmpty)
            {
                party.Attorneys = ReadAttorneys(cells[2]);
            }

            if (!party.IsEmpty && party.Type is null)
            {
                party.Type = "Unknown";
            }

            if (!party.IsEmpty && IsNew(byName, party))
            {
                parties.Add(party);
            }

            party = isAdversary && !party.IsEmpty ? new PartyDraft { Type = party.Type } : new PartyDraft();
        }

        ResolveSeeAbove(parties);
        if (!isBankruptcy)
        {
            AddCriminalData(parties, rows);
        }

        return [.. parties.Select(p => p.ToParty())];
    }

    private static bool IsNew(Dictionary<(string?, string?), List<PartyDraft>> byName, PartyDraft party)
    {
        if (!byName.TryGetValue((party.Type, party.Name), out var same))
        {
            byName[(party.Type, party.Name)] = [party];
            return true;
        }

        if (same.Exists(p => p.SameAs(party)))
        {
            return false;
        }

        same.Add(party);
        return true;
    }

    /// <summary>All rows of every table that has a row marking a party role in its first cell.</summary>
    private List<DomNode> PartyRows()
    {
        var tables = new HashSet<DomNode>(DomNodeIdentity.Instance);
        foreach (var tr in root.DescendantElements("tr"))
        {
            if (tr.Parent is { } parent && !tables.Contains(parent) && tr.ChildElements("td").FirstOrDefault() is { } first && MarksRole(first))
            {
                tables.Add(parent);
            }
        }

        return [.. tables.SelectMany(parent => parent.ChildElements("tr")).OrderBy(row => row.Order)];
    }

    // An italic bold with text, a bold holding dashes, or a bold underlined text.
    private static bool MarksRole(DomNode cell) =>
        cell.DescendantElements("b").Any(b =>
            (b.Parent is { Name: "i" } && b.Children.Any(c => c.IsText))
            || b.Children.Any(c => c.IsText && c.Text.Contains("-----", StringComparison.Ordinal))
            || b.ChildElements("u").Any(u => u.Children.Any(c => c.IsText)));

    private static bool HasBoldUnderline(DomNode cell) =>
        cell.DescendantElements("u").Any(u => u.Parent is { Name: "b" });

    private static bool HasItalicBold(DomNode cell) =>
        cell.DescendantElements("b").Any(b => b.Parent is { Name: "i" });

    private static string LowerText(DomNode row) => PyText.Strip(row.TextContent()).ToLowerInvariant();

    private static bool SkipsRow(DomNode row, string rowText, List<DomNode> cells, DomNode? next)
    {
        if (rowText.Length == 0 || rowText == "v.")
        {
            return true;
        }

        if (HasBoldUnderline(cells[0]))
        {
            if (next is null || !next.HasDescendant("b"))
            {
                return true;
            }

            return cells.Count == 3 && cells[2].TextContent() == "Disposition";
        }

        return !row.HasDescendant("b");
    }

    private (PartyDraft Party, bool HeadingOnly) ReadRole(string rowText, List<DomNode> cells, PartyDraft party)
    {
        if (cells.Count == 1 && HasBoldUnderline(cells[0]))
        {
            return (new PartyDraft { Type = Names.PartyType(cells[0].TextContent()) }, true);
        }

        if (rowText.Contains("------", StringComparison.Ordinal))
        {
            var s = PyText.Strip(cells[0].TextContent());
            if (cells.Count == 1)
            {
                return (new PartyDraft { Type = Names.PartyType(Dashes().Replace(s, "")) }, true);
            }

            if (cells.Count == 3)
            {
                return (new PartyDraft { Type = Dashes().Split(s)[0] }, false);
            }

            return (party, false);
        }

        if (isBankruptcy && cells.Count == 3 && HasItalicBold(cells[0]))
        {
            var italic = cells[0].DescendantElements("i").First();
            return (new PartyDraft { Type = Names.PartyType(italic.TextContent()) }, false);
        }

        if (cells.Count == 3 && rowText.Contains("service list", StringComparison.Ordinal))
        {
            return (new PartyDraft { Type = "Service List" }, false);
        }

        return (party, false);
    }

    private static IEnumerable<DomNode> NameBolds(DomNode cell) =>
        cell.DescendantElements("b").Where(b =>
            b.Parent is not { Name: "i" }
            && !b.ChildElements("u").Any()
            && !b.TextContent().Contains("------", StringComparison.Ordinal));

    /// <summary>Each bold name in the counsel cell, with the text lines and italic roles up to the next bold name.</summary>
    internal static List<AttorneyDraft> ReadAttorneys(DomNode cell)
    {
        var attorneys = new List<AttorneyDraft>();
        foreach (var bold in cell.DescendantElements("b"))
        {
            var attorney = new AttorneyDraft(string.Join(' ', PyText.Split(PyText.Strip(bold.TextContent()))));
            var siblings = bold.Parent!.Children;
            int i = bold.Index + 1;
            while (i < siblings.Count && siblings[i].Kind == DomNodeKind.Comment)
            {
                i++;
            }

            while (i < siblings.Count)
            {
                var node = siblings[i];
                int j = i + 1;
                while (j < siblings.Count && siblings[j].Kind == DomNodeKind.Comment)
                {
                    j++;
                }

                var next = j < siblings.Count ? siblings[j] : null;
                if (node.IsText)
                {
                    var line = string.Join(' ', PyText.Split(node.Text));
                    if (line.Length > 0)
                    {
                        attorney.Contact += line + "\n";
                    }
                }
                else if (node.Is("i"))
                {
                    var role = PyText.Strip(node.TextContent());
                    var lower = role.ToLowerInvariant();
                    if (!lower.StartsWith("bar status", StringComparison.Ordinal) && !lower.StartsWith("designation", StringComparison.Ordinal))
                    {
                        attorney.Roles.Add(role);
                    }
                }

                if (next is null || next.Is("b"))
                {
                    attorneys.Add(attorney);
                    break;
                }

                i = j;
            }
        }

        return attorneys;
    }

    private static void ResolveSeeAbove(List<PartyDraft> parties)
    {
        var contacts = new SeeAboveContacts();
        foreach (var attorney in parties.SelectMany(party => party.Attorneys ?? []))
        {
            attorney.Contact = contacts.Resolve(attorney.Name, attorney.Contact);
        }
    }

    private enum Section
    {
        None,
        HighestOffense,
        Counts,
        Complaints,
        Unknown,
    }

    /// <summary>Attaches counts, complaints and offense levels (criminal cases) to the party whose rows hold them.</summary>
    private static void AddCriminalData(List<PartyDraft> parties, List<DomNode> rows)
    {
        int partyIndex = -1;
        var data = new CriminalDraft();
        var section = Section.None;
        string? headerInfo = null;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var next = i + 1 < rows.Count ? rows[i + 1] : null;
            var cells = row.DescendantElements("td").ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var rowText = LowerText(row);
            if (rowText.Length == 0 || rowText == "v.")
            {
                continue;
            }

            bool representedBy = cells.Count == 3 && CourtText.CleanString(cells[1].TextContent()).Contains("represented by", StringComparison.Ordinal);
            bool bareRole = cells.Count == 1 && HasBoldUnderline(cells[0]) && next is not null && next.HasDescendant("b")
                && !CourtText.CleanString(next.TextContent()).Contains("represented by", StringComparison.Ordinal);
            if (representedBy || bareRole)
            {
                if (!data.IsEmpty && parties.Count > 0)
                {
                    int target = partyIndex < 0 ? parties.Count + partyIndex : partyIndex;
                    if (target >= 0 && target < parties.Count)
                    {
                        parties[target].CriminalData = data.ToCriminalData();
                    }
                }

                partyIndex++;
                data = new CriminalDraft();
                section = Section.None;
                headerInfo = null;
                continue;
            }

            var cell0 = CourtText.CleanString(cells[0].TextContent());
            if (OffenseHeading().Match(cell0) is { Success: true } offense)
            {
                section = Section.HighestOffense;
                headerInfo = offense.Groups["status"].Value.ToLowerInvariant();
                continue;
            }

            if (CountsHeading().Match(cell0) is { Success: true } counts)
            {
                section = Section.Counts;
                headerInfo = counts.Groups["status"].Value.ToLowerInvariant();
                continue;
            }

            if (ComplaintsHeading().IsMatch(cell0))
            {
                section = Section.Complaints;
                headerInfo = null;
                continue;
            }

            if (cells[0].ChildElements("b").Any(b => b.ChildElements("u").Any()))
            {
                section = Section.Unknown;
                headerInfo = null;
                continue;
            }

            var disposition = cells.Count > 2 ? cells[2].TextContent() : "";
            switch (section)
            {
                case Section.HighestOffense when headerInfo == "opening":
                    data.OffenseOpening = cells[0].TextContent();
                    break;
                case Section.HighestOffense:
                    data.OffenseTerminated = cells[0].TextContent();
                    break;
                case Section.Counts when PyText.Strip(cells[0].TextContent()) is not "None" and var count:
                    data.Counts.Add(new CriminalCount(count, disposition, headerInfo ?? ""));
                    break;
                case Section.Complaints when cells[0].TextContent() is not "None" and var complaint:
                    data.Complaints.Add(new CriminalComplaint(complaint, disposition));
                    break;
                default:
                    break;
            }
        }
    }

    private sealed class CriminalDraft
    {
        public List<CriminalCount> Counts { get; } = [];

        public List<CriminalComplaint> Complaints { get; } = [];

        public string OffenseOpening { get; set; } = "";

        public string OffenseTerminated { get; set; } = "";

        public bool IsEmpty => Counts.Count == 0 && Complaints.Count == 0 && OffenseOpening.Length == 0 && OffenseTerminated.Length == 0;

        public CriminalData ToCriminalData() => new(
            [.. Counts.Select(c => new CriminalCount(CourtText.CleanValue(c.Name), CourtText.CleanValue(c.Disposition), CourtText.CleanValue(c.Status)))],
            [.. Complaints.Select(c => new CriminalComplaint(CourtText.CleanValue(c.Name), CourtText.CleanValue(c.Disposition)))],
            CourtText.CleanValue(OffenseOpening),
            CourtText.CleanValue(OffenseTerminated));
    }
}

/// <summary>A party while its rows are being read.</summary>
internal sealed class PartyDraft
{
    public string? Type { get; set; }

    public bool HasName { get; set; }

    public string? Name { get; set; }

    public string? ExtraInfo { get; set; }

    public NodaTime.LocalDate? DateTerminated { get; set; }

    public List<AttorneyDraft>? Attorneys { get; set; }

    public CriminalData? CriminalData { get; set; }

    public bool IsEmpty => Type is null && !HasName && Attorneys is null;

    public bool SameAs(PartyDraft other) =>
        Type == other.Type && HasName == other.HasName && Name == other.Name && ExtraInfo == other.ExtraInfo
        && DateTerminated == other.DateTerminated
        && (Attorneys is null ? other.Attorneys is null
            : other.Attorneys is not null && Attorneys.Count == other.Attorneys.Count
              && Attorneys.Zip(other.Attorneys).All(p => p.First.SameAs(p.Second)));

    public Party ToParty() => new(Type ?? "Unknown")
    {
        Name = HasName ? Name : null,
        ExtraInfo = HasName ? ExtraInfo : null,
        DateTerminated = DateTerminated,
        Attorneys = Attorneys?.Select(a => new Attorney(a.Name, a.Contact, [.. a.Roles])).ToList(),
        CriminalData = CriminalData,
    };
}

/// <summary>An attorney while the counsel cell is being read.</summary>
internal sealed class AttorneyDraft(string name)
{
    public string Name { get; } = name;

    public string Contact { get; set; } = "";

    public List<string> Roles { get; } = [];

    public bool SameAs(AttorneyDraft other) => Name == other.Name && Contact == other.Contact && Roles.SequenceEqual(other.Roles);
}
