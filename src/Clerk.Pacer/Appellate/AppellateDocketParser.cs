using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>Parses CM/ECF appellate docket reports (HTML).</summary>
/// <remarks>
/// The report is a sequence of sections, each introduced by an HTML comment
/// ("NEW SECTION - Case Stub", "NEW SECTION - Party/Aty List", "NEW SECTION - DOCKET ENTRIES").
/// Docket fields are bold labels followed by their value ("&lt;b&gt;Docketed:&lt;/b&gt; 01/27/2010").
/// A page without the case stub section is not a docket report.
/// </remarks>
public static class AppellateDocketParser
{
    // Every label the report's fields are found by; indexed in one pass over the page.
    private static readonly string[] Labels =
    [
        "Docket #", "Case Number", "Nature of Suit", "Appeal From", "Fee Status", "Docketed", "Termed", "Panel Assignment",
        "Panel:", "Case Type Information", "Originating Court Information", "Trial Judge", "Court Reporter", "Date Filed",
        "Date Disposed", "Disposition", "Ordering Judge",
    ];

    // The section comments the header is read by.
    private const string CaseStub = "NEW SECTION - Case Stub";
    private const string PartyList = "NEW SECTION - Party/Aty List";

    // Every label and section comment a lookup on the whole page reads by: what a report read in
    // pieces looks for in its entry rows.
    private static readonly string[] HeaderLabels = [.. Labels, "Originating Court Information", "Panel Assignment", "Case Type Information"];
    private static readonly string[] HeaderMarkers = [CaseStub, PartyList, DocketEntryTable.Marker];

    /// <summary>The parse of an appellate docket report, or null when <paramref name="html"/> is not one.</summary>
    public static ParsedDocket? TryParse(string html, string courtId)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(courtId);
        if (NonDocketPages.Matches(html))
        {
            return null;
        }

        var tree = MarkupTree.Parse(html);
        return Read(tree, courtId, tree => [.. DocketEntryTable.Read(tree)], entriesRead: false);
    }

    /// <summary>
    /// The parse of a large report read in pieces (<see cref="EntryBatches"/>): the page without its
    /// entry rows as one tree, the rows a batch at a time. Null when the report cannot be read so
    /// (no rows table that can be delimited, a report cut short, a header whose reading could depend
    /// on the rows): the caller then parses the whole text. <paramref name="entriesRead"/> gives
    /// entries read from <paramref name="bytes"/> each time they are enumerated rather than held.
    /// </summary>
    internal static PacerParseResult? TryParseInPieces(ReportBytes bytes, string courtId, int batchSize, bool entriesRead, long wholeAtMost)
    {
        // A report cut short after the rows table is said to be of the whole text, with its line numbers.
        if (EntryBatches.Find(bytes, batchSize, wholeAtMost) is not { } batches || (batches.Truncation is null && ReportEnd.Truncation(batches.Remainder) is not null))
        {
            return null;
        }

        var tree = MarkupTree.Parse(batches);
        if (!batches.Survey(tree, HeaderLabels, HeaderMarkers) || !DocketEntryTable.HoldsRows(tree))
        {
            return null;
        }

        if (batches.NotADocket)
        {
            return new PacerParseResult(null, NotAnAppellateDocket);
        }

        var docket = Read(tree, courtId, tree => entriesRead ? DocketEntryTable.Read(tree) : [.. DocketEntryTable.Read(tree)], entriesRead);
        if (docket is null || tree.Unsettled)
        {
            return null;
        }

        if (batches.Truncation is { } where)
        {
            docket.Truncation = ReportEnd.Described(where, docket.EntryCount);
        }

        return new PacerParseResult(docket, null);
    }

    /// <summary>Why a page read as appellate gives no docket.</summary>
    internal const string NotAnAppellateDocket = "the page is not an appellate docket report";

    private static AppellateDocket? Read(MarkupTree tree, string courtId, Func<MarkupTree, IEnumerable<AppellateDocketEntry>> entries, bool entriesRead)
    {
        var caseName = ReadCaseName(tree);
        if (caseName is null)
        {
            return null;
        }

        tree.IndexLabels(Labels);
        var appealFrom = tree.Field("Appeal From");
        return new AppellateDocket
        {
            CourtId = CourtText.CleanValue(courtId),
            DocketNumber = CourtText.CleanValue(ReadDocketNumber(tree)),
            CaseName = CourtText.CleanValue(caseName),
            Panel = ReadPanel(tree),
            NatureOfSuit = CourtText.CleanValue(tree.Field("Nature of Suit")),
            AppealFrom = appealFrom == "null" ? string.Empty : CourtText.CleanValue(appealFrom),
            FeeStatus = CourtText.CleanValue(tree.Field("Fee Status")),
            DateFiled = tree.DateField("Docketed"),
            DateTerminated = tree.DateField("Termed"),
            CaseTypeInformation = CourtText.CleanValue(ReadCaseTypes(tree)),
            OriginatingCourt = OriginatingCourtSection.Read(tree, courtId),
            Parties = ReadParties(tree),
            Entries = entries(tree),
            EntriesRead = entriesRead,
        };
    }

    private static string ReadDocketNumber(MarkupTree tree)
    {
        var number = tree.Field("Docket #", "Case Number");
        if (number.Length > 0)
        {
            return number;
        }

        // Some reports wrap the number in a telephone link beside its label.
        var label = tree.FirstLabelled("Docket #", "Case Number");
        if (label is null)
        {
            return string.Empty;
        }

        foreach (var sibling in label.FollowingElements())
        {
            if (sibling.Name == "a" && (sibling.Attribute("href") ?? string.Empty).StartsWith("tel:", StringComparison.Ordinal))
            {
                var text = sibling.Children is [{ IsText: true } t, ..] ? t.Text : null;
                return text is null ? string.Empty : CourtText.CleanString(text);
            }
        }

        return string.Empty;
    }

    // The case name is the cell without bold text in the first table of the case stub section
    // whose first row carries a bold label.
    private static string? ReadCaseName(MarkupTree tree)
    {
        var marker = tree.FindComment(CaseStub);
        if (marker is null)
        {
            return null;
        }

        var cell = StubCell(marker);
        tree.Settle(cell);
        return cell is null ? null : CourtText.CleanString(CourtText.Harmonize(cell.TextContent()));
    }

    private static DomNode? StubCell(DomNode marker)
    {
        foreach (var section in marker.FollowingElements())
        {
            foreach (var cell in section.DescendantElements("td"))
            {
                if (cell.HasDescendant("b"))
                {
                    continue;
                }

                for (var table = cell.Ancestor("table"); table is not null && table != section; table = table.Ancestor("table"))
                {
                    if (IsStubTable(table, section))
                    {
                        return cell;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsStubTable(DomNode table, DomNode section)
    {
        if (!section.IsAncestorOf(table) || table.Parent is not { } parent)
        {
            return false;
        }

        if (parent.ChildElements("table").FirstOrDefault() != table)
        {
            return false;
        }

        return table.DescendantElements("tr").Any(row =>
            row.Parent is { } rowParent
            && rowParent.ChildElements("tr").First() == row
            && row.HasDescendant("b"));
    }

    private static List<string> ReadPanel(MarkupTree tree)
    {
        var heading = tree.FirstLabelled("Panel Assignment");
        if (heading is null || heading.Ancestor("td") is null)
        {
            return [];
        }

        var panel = tree.Field("Panel:");
        if (panel.Length == 0 || panel == "Not available")
        {
            return [];
        }

        return PyText.Split(panel).Select(CourtText.CleanValue).ToList();
    }

    private static string ReadCaseTypes(MarkupTree tree)
    {
        var heading = tree.FirstLabelled("Case Type Information");
        var table = heading is null ? null : heading.Ancestor("table");
        if (table is null)
        {
            return string.Empty;
        }

        // The text after each bold label, unless it stands for no value.
        var types = table.DescendantElements("b").Select(bold => bold.Tail).OfType<string>().Where(tail => PyText.Strip(tail) is not ("" or "null" or "-" or "None"));
        return string.Join(", ", types);
    }

    private static List<AppellateParty> ReadParties(MarkupTree tree)
    {
        var parties = new List<AppellateParty>();
        var marker = tree.FindComment(PartyList);
        var listing = marker is null ? null : marker.FollowingElements().FirstOrDefault(e => e.Name == "table");
        tree.Settle(listing, []);
        if (listing is null)
        {
            return parties;
        }

        var seen = new HashSet<DomNode>(DomNodeIdentity.Instance);
        foreach (var inner in listing.DescendantElements("table"))
        {
            foreach (var row in inner.DescendantElements("tr"))
            {
                if (!seen.Add(row))
                {
                    continue;
                }

                var cells = row.DescendantElements("td").ToList();
                if (cells.Count < 2)
                {
                    continue;
                }

                var attorneys = PartyListing.SplitAttorneyBlocks(cells[1]).Select(PartyListing.ReadAttorney).OfType<AppellateAttorney>().ToList();

                if (PartyListing.ReadPartyCell(cells[0], attorneys) is { } party)
                {
                    parties.Add(party);
                }
            }
        }

        return PartyListing.ResolveSeeAbove(parties);
    }
}
