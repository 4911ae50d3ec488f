using System.Text.RegularExpressions;
using Clerk.Pacer.Text;
using NodaTime;

namespace Clerk.Pacer.District;

/// <summary>Reads one parsed report tree into a <see cref="DistrictDocket"/>.</summary>
internal sealed partial class ReportReader
{
    private const string DateChars = @"[—\d\-–/]+";

    private readonly DomNode _root;
    private readonly string _courtId;
    private readonly bool _isBankruptcy;
    private List<string> _metadataValues = [];
    private List<Party>? _parties;
    private bool? _isAdversary;

    private readonly EntryTable? _table;
    private readonly bool _entriesRead;

    /// <param name="root">The report tree.</param>
    /// <param name="courtId">The court id; a trailing "b" marks a bankruptcy court.</param>
    /// <param name="table">For a large report, the main entry table, whose rows are read separately in batches; <paramref name="root"/> then holds the rest of the report.</param>
    /// <param name="entriesRead">True to give the docket entries that are read from <paramref name="table"/> each time they are enumerated, rather than read once and held.</param>
    public ReportReader(DomNode root, string courtId, EntryTable? table = null, bool entriesRead = false)
    {
        _root = root;
        _courtId = courtId;
        _isBankruptcy = courtId.EndsWith('b');
        _table = table;
        _entriesRead = entriesRead && table is not null;
    }

    [GeneratedRegex("Date [fF]iled:\\s+(" + DateChars + ")")]
    private static partial Regex DateFiledPattern();

    [GeneratedRegex("[tT]erminated:\\s+(" + DateChars + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateTerminatedPattern();

    [GeneratedRegex("Date [Cc]onverted:\\s+(" + DateChars + ")")]
    private static partial Regex DateConvertedPattern();

    [GeneratedRegex("(?:Date|Debtor)\\s+[Dd]ischarged:\\s+(" + DateChars + ")")]
    private static partial Regex DateDischargedPattern();

    [GeneratedRegex("Entered:\\s+(" + DateChars + ")")]
    private static partial Regex DateEnteredPattern();

    [GeneratedRegex(@"Assigned to:\s+(.*)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssignedToPattern();

    [GeneratedRegex(@"Referred to:\s+(.*)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferredToPattern();

    [GeneratedRegex(@"Cause:\s+(.*)")]
    private static partial Regex CausePattern();

    [GeneratedRegex(@"Nature of Suit:\s+(.*)")]
    private static partial Regex NatureOfSuitPattern();

    [GeneratedRegex(@"Jury Demand:\s+(.*)")]
    private static partial Regex JuryDemandPattern();

    [GeneratedRegex(@"Jurisdiction:\s+(.*)")]
    private static partial Regex JurisdictionPattern();

    [GeneratedRegex(@"MDL Status:\s+(.*)")]
    private static partial Regex MdlStatusPattern();

    [GeneratedRegex(@"^Demand:\s+(.*)")]
    private static partial Regex DemandPattern();

    [GeneratedRegex(@"(?:Case\s+title:\s+)?(.*\bvs?\.?\s.*)")]
    private static partial Regex CaseNameVersus();

    [GeneratedRegex(@"(?:Case\s+title:\s+)?(.*\bvs?\.?\s.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNameVersusAnyCase();

    [GeneratedRegex(@"(?:Case\s+title:\s+)(.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseTitle();

    [GeneratedRegex(@"(\bIN\s+RE:?\s+.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InRe();

    [GeneratedRegex(@"(\bIn\s+the\s+matter\s+.*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InTheMatter();

    [GeneratedRegex(@"(?<!\d)((\d{1,2}:)?\d\d-[a-zA-Z]{1,5}-\d{1,10})")]
    private static partial Regex DistrictNumber();

    [GeneratedRegex(@"(?:#:\s+)?((\d-)?\d\d-\d*)")]
    private static partial Regex BankruptcyNumber();

    [GeneratedRegex(@"(MDL No.\s+\d*)")]
    private static partial Regex JpmlNumber();

    [GeneratedRegex(@"(?:(?<office>\d):\d{2}-(?<type>[a-zA-Z0-9]{1,5}|~gr)-\d{5}(?:-(?<assigned>N/A|P1|[a-zA-Z_]{1,5}))?(?:-(?<referred>[a-zA-Z_]{1,5}))?(?:-(?<defendant>\d{1,3}))?)")]
    private static partial Regex DistrictNumberParts();

    [GeneratedRegex(@"(?:\d{2}-\d{5}-(?<altoffice>\d)-(?<altassigned>[a-zA-Z]{2,4})|(?:(?<office>\d):\d{2}-(?<type>[a-zA-Z0-9]{1,5}|~gr)-\d{5}|(?:\d{2}-\d{5}))(?:-(?<assigned>N/A|P1|[a-zA-Z_]{1,5}))?)")]
    private static partial Regex BankruptcyNumberParts();

    public DistrictDocket Read()
    {
        _metadataValues = ReadMetadataValues();
        var (docketNumber, parts) = ReadDocketNumber();
        var caseName = ReadCaseName();
        var entryRows = EntryRows();
        var parties = Parties;
        var rows = entryRows.Skip(1);
        if (_table is { } table)
        {
            rows = table.Rows().Concat(rows);
        }

        var entries = new EntryReader(_root, _courtId, _isBankruptcy).Read(rows);
        return new DistrictDocket
        {
            ReportKind = _isBankruptcy ? DocketReportKind.Bankruptcy : DocketReportKind.District,
            CourtId = CourtText.CleanValue(_courtId),
            DocketNumber = docketNumber is null ? null : CourtText.CleanValue(docketNumber),
            CaseName = CourtText.CleanValue(caseName),
            DateFiled = DateValue(DateFiledPattern()),
            DateTerminated = DateValue(DateTerminatedPattern()),
            DateConverted = DateValue(DateConvertedPattern()),
            DateDischarged = DateValue(DateDischargedPattern()),
            AssignedTo = CourtText.CleanValue(Judge(AssignedToPattern())),
            ReferredTo = CourtText.CleanValue(Judge(ReferredToPattern())),
            Cause = Value(CausePattern()),
            NatureOfSuit = CourtText.CleanValue(NatureOfSuit()),
            JuryDemand = Value(JuryDemandPattern()),
            Demand = Value(DemandPattern()),
            Jurisdiction = Value(JurisdictionPattern()),
            MdlStatus = Value(MdlStatusPattern()),
            OrderedBy = OrderedBy(entryRows),
            NumberParts = parts,
            Parties = parties,
            Entries = _entriesRead ? entries : [.. entries],
            EntriesRead = _entriesRead,
        };
    }

    private string Value(Regex pattern) => CourtText.CleanValue(FirstMatch(pattern, _metadataValues) ?? "");

    private LocalDate? DateValue(Regex pattern) => FirstDate(pattern, _metadataValues);

    /// <summary>Group 1 of the first value the pattern finds, skipping hits that ran into a "Date Filed" label.</summary>
    internal static string? FirstMatch(Regex pattern, IEnumerable<string> values)
    {
        foreach (var v in values)
        {
            var m = pattern.Match(v);
            if (m.Success)
            {
                var hit = m.Groups[1].Value;
                if (!hit.Contains("date filed", StringComparison.OrdinalIgnoreCase))
                {
                    return hit;
                }
            }
        }

        return null;
    }

    internal static LocalDate? FirstDate(Regex pattern, IEnumerable<string> values) =>
        values.Select(v => pattern.Match(v)).FirstOrDefault(m => m.Success) is { } match ? DateIn(match) : null;

    internal static LocalDate? TerminatedDate(string text) => DateIn(DateTerminatedPattern().Match(text));

    internal static LocalDate? EnteredDate(string text) => DateIn(DateEnteredPattern().Match(text));

    private static LocalDate? DateIn(Match match) => match.Success ? CourtDate.Parse(match.Groups[1].Value) : null;

    // The reference rule upper-cases every "f" before looking for "Date Filed:" (so "Date filed:" counts);
    // its second form, every "d" upper-cased before looking for "Filed Date:", can never match.
    private static bool IsDateFiledLabel(string text) =>
        text.Contains("Date Filed:", StringComparison.Ordinal) || text.Contains("Date filed:", StringComparison.Ordinal);

    /// <summary>The lines of every cell of the outermost header table around the "Date Filed:" label, then all of them joined.</summary>
    private List<string> ReadMetadataValues()
    {
        DomNode? best = null;
        var centerCache = new Dictionary<DomNode, bool>(DomNodeIdentity.Instance);
        foreach (var text in _root.DescendantTexts())
        {
            if (!IsDateFiledLabel(text.Text))
            {
                continue;
            }

            // The outermost table around the label's cell that holds no center.
            var td = text.Ancestor("td");
            var outer = td?.Ancestors().LastOrDefault(a => a.Is("table") && !HasCenter(a));
            if (outer is not null && (best is null || outer.Order < best.Order))
            {
                best = outer;
            }
        }

        List<string> values = best is null ? [] : [.. best.DescendantElements("td").SelectMany(ReportText.BreakLines).Select(CourtText.CleanString)];
        values.Add(string.Join(' ', values));
        return values;

        bool HasCenter(DomNode table)
        {
            if (!centerCache.TryGetValue(table, out var hasCenter))
            {
                hasCenter = table.HasDescendant("center");
                centerCache[table] = hasCenter;
            }

            return hasCenter;
        }
    }

    private (string? Number, DocketNumberParts Parts) ReadDocketNumber()
    {
        List<string> candidates;
        Regex[] patterns;
        if (_isBankruptcy)
        {
            // Each font inside a center, once, in document order.
            candidates = FontsInCenters();
            patterns = [DistrictNumber(), BankruptcyNumber()];
        }
        else
        {
            candidates = [.. _root.DescendantElements("h3").Select(h => h.TextContent())];
            patterns = [DistrictNumber(), JpmlNumber()];
        }

        foreach (var pattern in patterns)
        {
            foreach (var s in candidates)
            {
                var m = pattern.Match(s);
                if (m.Success)
                {
                    return (m.Groups[1].Value, NumberParts(s));
                }
            }
        }

        return (null, DocketNumberParts.None);
    }

    private List<string> FontsInCenters() =>
        [.. _root.DescendantElements("font").Where(font => font.Ancestors().Any(a => a.Is("center"))).Select(font => font.TextContent())];

    private DocketNumberParts NumberParts(string s)
    {
        var m = (_isBankruptcy ? BankruptcyNumberParts() : DistrictNumberParts()).Match(s);
        if (!m.Success)
        {
            return DocketNumberParts.None;
        }

        static string? G(Match m, string name) => m.Groups[name] is { Success: true } g ? g.Value : null;
        var office = G(m, "office");
        var assigned = G(m, "assigned");
        if (_isBankruptcy && G(m, "altoffice") is { Length: > 0 } altOffice)
        {
            office = altOffice;
            assigned = G(m, "altassigned");
        }

        return _isBankruptcy
            ? new DocketNumberParts(office, G(m, "type"), assigned, null, null)
            : new DocketNumberParts(office, G(m, "type"), assigned, G(m, "referred"), G(m, "defendant"));
    }

    private bool IsAdversaryProceeding
    {
        get
        {
            _isAdversary ??= (_table?.MentionsAdversaryProceeding ?? false)
                || _root.DescendantTexts().Any(t => t.Text.Contains("Adversary Proceeding", StringComparison.Ordinal));
            return _isAdversary.Value;
        }
    }

    private string ReadCaseName()
    {
        string? caseName = null;
        if (_isBankruptcy)
        {
            foreach (var p in Parties)
            {
                if (p.Type is "Debtor" or "Debtor In Possession")
                {
                    return p.Name ?? "";
                }
            }

            caseName = LeadBankruptcyTitle() ?? "Unknown Case Title";
            if (IsAdversaryProceeding)
            {
                caseName += " - Adversary Proceeding";
            }
        }
        else
        {
            var v = _metadataValues[0];
            foreach (var pattern in (Regex[])[CaseNameVersus(), CaseNameVersusAnyCase(), CaseTitle(), InRe(), InTheMatter()])
            {
                var m = pattern.Match(v);
                if (m.Success)
                {
                    caseName = m.Groups[1].Value;
                    break;
                }
            }

            if (caseName is null && FirstNamed("Plaintiff") is { Length: > 0 } plaintiff && FirstNamed("Defendant") is { Length: > 0 } defendant)
            {
                caseName = $"{plaintiff} v. {defendant}";
            }

            caseName ??= "Unknown Case Title";
        }

        return CourtText.CleanString(CourtText.Harmonize(caseName));
    }

    // The first name given for a party of the type.
    private string? FirstNamed(string type) => Parties.Where(p => p.Type == type).Select(p => p.Name).FirstOrDefault(name => name is not null);

    // The first text after the "Lead BK Title" label and everything inside it.
    private string? LeadBankruptcyTitle()
    {
        var label = _root.DescendantElements("i").FirstOrDefault(i => i.TextContent().Contains("Lead BK Title", StringComparison.Ordinal));
        return label is null ? null : _root.DescendantTexts().FirstOrDefault(t => t.Order > label.SubtreeEnd) is { } text ? PyText.Strip(text.Text) : null;
    }

    private string NatureOfSuit()
    {
        if (!IsAdversaryProceeding)
        {
            return FirstMatch(NatureOfSuitPattern(), _metadataValues) ?? "";
        }

        var natures = new List<string>();
        var seen = new HashSet<DomNode>(DomNodeIdentity.Instance);
        foreach (var table in _root.DescendantElements("table"))
        {
            if (!table.TextContent().Contains("Nature[s] of", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var tr in table.DescendantElements("tr"))
            {
                if (!seen.Add(tr))
                {
                    continue;
                }

                // The text of the cells after the first two.
                var texts = tr.ChildElements("td").Skip(2).SelectMany(td => td.Children)
                    .Where(t => t.IsText && !PyText.IsBlank(t.Text)).Select(t => PyText.Strip(t.Text)).ToList();

                if (texts.Count > 1)
                {
                    natures.Add(string.Join(' ', texts));
                }
            }
        }

        return string.Join("; ", natures);
    }

    private string Judge(Regex pattern)
    {
        var judge = FirstMatch(pattern, _metadataValues);
        if (string.IsNullOrEmpty(judge))
        {
            judge = FirstMatch(pattern, _root.DescendantTexts().Select(t => t.Text).Where(t => t.Length > 0 && !PyText.IsBlank(t))) ?? "";
        }

        return Names.JudgeName(judge);
    }

    private List<Party> Parties => _parties ??= new PartyReader(_root, _isBankruptcy, IsAdversaryProceeding).Read();

    /// <summary>The rows of the entry tables: tables holding or following the "Docket Text" heading.</summary>
    private List<DomNode> EntryRows()
    {
        var docketText = new HashSet<DomNode>(DomNodeIdentity.Instance);
        var excluded = new HashSet<DomNode>(DomNodeIdentity.Instance);
        foreach (var t in _root.DescendantTexts())
        {
            bool heading = t.Text.Contains("Docket Text", StringComparison.Ordinal);
            bool excludes = t.Text.Contains("Total file size of selected documents", StringComparison.Ordinal)
                || t.Text.Contains("Footer format:", StringComparison.Ordinal);
            if (!heading && !excludes)
            {
                continue;
            }

            foreach (var a in t.Ancestors())
            {
                if (a.Is("table"))
                {
                    if (heading)
                    {
                        docketText.Add(a);
                    }

                    if (excludes)
                    {
                        excluded.Add(a);
                    }
                }
            }
        }

        var rows = new List<DomNode>();
        if (docketText.Count == 0)
        {
            return rows;
        }

        foreach (var table in _root.DescendantElements("table"))
        {
            if (excluded.Contains(table))
            {
                continue;
            }

            bool selected = docketText.Contains(table);
            if (!selected && table.Parent is { } parent)
            {
                for (int i = 0; i < table.Index; i++)
                {
                    if (parent.Children[i].Is("table") && docketText.Contains(parent.Children[i]))
                    {
                        selected = true;
                        break;
                    }
                }
            }

            if (!selected)
            {
                continue;
            }

            foreach (var body in table.ChildElements("tbody"))
            {
                rows.AddRange(body.ChildElements("tr"));
            }
        }

        rows.Sort((a, b) => a.Order.CompareTo(b.Order));
        return rows;
    }

    private static string? OrderedBy(List<DomNode> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var first = rows[0].Children.FirstOrDefault(c => (c.Is("td") || c.Is("th")) && !c.ChildElements("input").Any());
        if (first is null)
        {
            return null;
        }

        return first.TextContent() is "Date Entered" or "Docket Date" ? "date_entered" : "date_filed";
    }
}
