using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Clerk.Pacer.Appellate;

/// <summary>Parses CM/ECF appellate docket reports (HTML).</summary>
/// <remarks>
/// The report is a sequence of sections, each introduced by an HTML comment
/// ("NEW SECTION - Case Stub", "NEW SECTION - Party/Aty List", "NEW SECTION - DOCKET ENTRIES").
/// Docket fields are bold labels followed by their value ("&lt;b&gt;Docketed:&lt;/b&gt; 01/27/2010").
/// A page without the case stub section is not a docket report.
/// </remarks>
public static partial class AppellateDocketParser
{
    // Pages PACER serves in place of a docket: login redirects, charge confirmations,
    // missing cases, attachment menus, embedded PDFs, and pages polluted by browser add-ons.
    // Each rule has a literal that any match contains, so the page is only searched with the
    // (slower, white-space tolerant) pattern when the literal occurs.
    private static readonly (string Literal, Regex Pattern)[] NotADocket =
    [
        .. new (string Literal, string Pattern)[]
        {
            ("MetaMask", @"MetaMask.*web3"),
            ("CloudMask", @"console\.log\("".*CloudMask"),
            ("originated", @"The link to this page may not have originated from within CM/ECF."),
            ("Retrieve\"", @"Click on the ""Accept Charges and Retrieve"" button ONCE at the bottom of this page to download the document image."),
            ("<embed", @"<embed width=""100%"" height=""100%"" name=""plugin"" id=""plugin"""),
            ("restricted", @"Access to the document you are about to view has been restricted.* Do not allow it to be seen by unauthorized persons."),
            ("pacer.login.uscourts.gov", @"document.location\s*=\s*""https://pacer.login.uscourts.gov"),
            ("http-equiv=\"REFRESH\"", @"http-equiv=""REFRESH"""),
            ("Found</b>", @"Case Number Not Found</b>"),
            ("<title>404", @"<title>404 Not Found</title>"),
            ("attached", @"<b>\d+ Documents are attached to this filing</b>"),
        }.Select(rule => (rule.Literal, new Regex(
            string.Join(@"\s+", rule.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))),
    ];

    private static readonly System.Buffers.SearchValues<string> NotADocketLiterals =
        System.Buffers.SearchValues.Create([.. NotADocket.Select(rule => rule.Literal)], StringComparison.OrdinalIgnoreCase);

    // Every label the report's fields are found by; indexed in one pass over the page.
    private static readonly string[] Labels =
    [
        "Docket #", "Case Number", "Nature of Suit", "Appeal From", "Fee Status", "Docketed", "Termed", "Panel Assignment",
        "Panel:", "Case Type Information", "Originating Court Information", "Trial Judge", "Court Reporter", "Date Filed",
        "Date Disposed", "Disposition", "Ordering Judge",
    ];

    /// <summary>The parse of an appellate docket report, or null when <paramref name="html"/> is not one.</summary>
    public static ParsedDocket? TryParse(string html, string courtId)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(courtId);
        if (html.AsSpan().IndexOfAny(NotADocketLiterals) >= 0)
        {
            foreach (var (literal, pattern) in NotADocket)
            {
                if (html.Contains(literal, StringComparison.OrdinalIgnoreCase) && pattern.IsMatch(html))
                {
                    return null;
                }
            }
        }

        var tree = MarkupTree.Parse(html);
        var caseName = ReadCaseName(tree);
        if (caseName is null)
        {
            return null;
        }

        tree.IndexLabels(Labels);
        var reader = new FieldReader(tree);
        var appealFrom = reader.Text("Appeal From");
        return new AppellateDocket
        {
            CourtId = AppellateText.Tidy(courtId),
            DocketNumber = AppellateText.Tidy(ReadDocketNumber(tree, reader)),
            CaseName = AppellateText.Tidy(caseName),
            Panel = ReadPanel(tree, reader),
            NatureOfSuit = AppellateText.Tidy(reader.Text("Nature of Suit")),
            AppealFrom = appealFrom == "null" ? string.Empty : AppellateText.Tidy(appealFrom),
            FeeStatus = AppellateText.Tidy(reader.Text("Fee Status")),
            DateFiled = reader.Date("Docketed"),
            DateTerminated = reader.Date("Termed"),
            CaseTypeInformation = AppellateText.Tidy(ReadCaseTypes(tree)),
            OriginatingCourt = ReadOriginatingCourt(tree, reader, courtId),
            Parties = ReadParties(tree),
            Entries = ReadEntries(tree),
        };
    }

    /// <summary>Reads "label: value" pairs where the value is the text trailing the label's element.</summary>
    private sealed class FieldReader(MarkupTree tree)
    {
        public string Text(params string[] labels)
        {
            var element = tree.FirstLabelled(labels);
            var tail = element is null ? null : MarkupTree.Tail(element);
            return tail is null ? string.Empty : AppellateText.CleanString(AppellateText.Strip(tail));
        }

        public NodaTime.LocalDate? Date(string label)
        {
            var element = tree.FirstLabelled(label);
            var tail = element is null ? null : MarkupTree.Tail(element);
            return tail is null ? null : AppellateText.ParseDate(AppellateText.CleanString(AppellateText.Strip(tail)));
        }
    }

    private static string ReadDocketNumber(MarkupTree tree, FieldReader reader)
    {
        var number = reader.Text("Docket #", "Case Number");
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

        foreach (var sibling in MarkupTree.FollowingSiblings(label))
        {
            if (sibling.LocalName == "a" && (sibling.GetAttribute("href") ?? string.Empty).StartsWith("tel:", StringComparison.Ordinal))
            {
                var text = sibling.FirstChild is IText t ? t.Data : null;
                return text is null ? string.Empty : AppellateText.CleanString(text);
            }
        }

        return string.Empty;
    }

    // The case name is the cell without bold text in the first table of the case stub section
    // whose first row carries a bold label.
    private static string? ReadCaseName(MarkupTree tree)
    {
        var marker = tree.FindComment("NEW SECTION - Case Stub");
        if (marker is null)
        {
            return null;
        }

        foreach (var section in MarkupTree.FollowingSiblings(marker))
        {
            foreach (var cell in MarkupTree.Descendants(section, "td"))
            {
                if (MarkupTree.HasDescendant(cell, "b"))
                {
                    continue;
                }

                for (var table = MarkupTree.Ancestor(cell, "table"); table is not null && table != section; table = MarkupTree.Ancestor(table, "table"))
                {
                    if (IsStubTable(table, section))
                    {
                        return AppellateText.CleanString(AppellateText.Harmonize(MarkupTree.TextOf(cell)));
                    }
                }
            }
        }

        return null;
    }

    private static bool IsStubTable(IElement table, IElement section)
    {
        if (!section.Contains(table) || table.ParentElement is not { } parent)
        {
            return false;
        }

        if (MarkupTree.ChildrenNamed(parent, "table").FirstOrDefault() != table)
        {
            return false;
        }

        return MarkupTree.Descendants(table, "tr").Any(row =>
            row.ParentElement is { } rowParent
            && MarkupTree.ChildrenNamed(rowParent, "tr").First() == row
            && MarkupTree.HasDescendant(row, "b"));
    }

    private static List<string> ReadPanel(MarkupTree tree, FieldReader reader)
    {
        var heading = tree.FirstLabelled("Panel Assignment");
        if (heading is null || MarkupTree.Ancestor(heading, "td") is null)
        {
            return [];
        }

        var panel = reader.Text("Panel:");
        if (panel.Length == 0 || panel == "Not available")
        {
            return [];
        }

        return AppellateText.SplitOnSpace(panel).Select(AppellateText.Tidy).ToList();
    }

    private static string ReadCaseTypes(MarkupTree tree)
    {
        var heading = tree.FirstLabelled("Case Type Information");
        var table = heading is null ? null : MarkupTree.Ancestor(heading, "table");
        if (table is null)
        {
            return string.Empty;
        }

        var types = new List<string>();
        foreach (var bold in MarkupTree.Descendants(table, "b"))
        {
            var tail = MarkupTree.Tail(bold);
            if (tail is null)
            {
                continue;
            }

            var stripped = AppellateText.Strip(tail);
            if (stripped is "" or "null" or "-" or "None")
            {
                continue;
            }

            types.Add(tail);
        }

        return string.Join(", ", types);
    }

    [GeneratedRegex(@"((\d{1,2}:)?\d\d-[a-zA-Z]{1,4}-\d{1,10})", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCourtDocketNumber();

    [GeneratedRegex(@"^A[0-9-]+", RegexOptions.CultureInvariant)]
    private static partial Regex AlienNumber();

    private static OriginatingCourtInformation? ReadOriginatingCourt(MarkupTree tree, FieldReader reader, string courtId)
    {
        var heading = tree.FirstLabelled("Originating Court Information");
        var table = heading is null ? null : MarkupTree.Ancestor(heading, "table");
        if (table is null)
        {
            return null;
        }

        var inTable = MarkupTree.Descendants(table).ToList();
        var rows = inTable.Where(e => e.LocalName == "tr").ToList();
        var none = MarkupTree.FirstLabelled(inTable, "None");
        if (rows.Count == 2 && none is not null && MarkupTree.Ancestor(none, "td") is not null)
        {
            return null;
        }

        var district = MarkupTree.FirstLabelled(inTable, "District");
        var districtCell = district is null ? null : MarkupTree.Ancestor(district, "td");
        var districtText = districtCell is null ? string.Empty : MarkupTree.TextOf(districtCell);
        string docketNumber;
        var match = LowerCourtDocketNumber().Match(districtText);
        if (match.Success)
        {
            docketNumber = match.Groups[1].Value;
        }
        else
        {
            // Agency cases ("BIA-1 : A999-999-999") give the number after the second colon.
            var parts = districtText.Split(':');
            docketNumber = parts.Length > 2 ? AppellateText.Strip(parts[2]) : string.Empty;
        }

        string? alienNumber = null;
        if (AlienNumber().IsMatch(docketNumber))
        {
            alienNumber = docketNumber;
        }

        var link = inTable.FirstOrDefault(e => e.LocalName == "a" && e.HasAttribute("href"));
        var lowerCourt = link is null ? string.Empty : CourtIdFromUrl(ResolveLink(link.GetAttribute("href")!, courtId));

        NodaTime.LocalDate? judgment = null, judgmentEntered = null, noticeFiled = null, received = null;
        var labels = RowTexts(table, fromEnd: 2);
        var values = RowTexts(table, fromEnd: 1);
        for (var i = 0; i < Math.Min(labels.Count, values.Count); i++)
        {
            var value = AppellateText.CleanString(values[i]);
            switch (AppellateText.CleanString(labels[i]))
            {
                case "Date Order/Judgment:":
                    judgment = AppellateText.ParseDate(value);
                    break;
                case "Date Order/Judgment EOD:":
                    judgmentEntered = AppellateText.ParseDate(value);
                    break;
                case "Date NOA Filed:":
                    noticeFiled = AppellateText.ParseDate(value);
                    break;
                case "Date Rec'd COA:":
                    received = AppellateText.ParseDate(value);
                    break;
                default:
                    break;
            }
        }

        return new OriginatingCourtInformation(
            DocketNumber: alienNumber is null ? AppellateText.Tidy(docketNumber) : null,
            RestrictedAlienNumber: AppellateText.TidyOrNull(alienNumber),
            CourtId: AppellateText.Tidy(lowerCourt),
            AssignedTo: AppellateText.Tidy(JudgeNames.NameOf(reader.Text("Trial Judge"))),
            OrderingJudge: AppellateText.Tidy(JudgeNames.NameOf(reader.Text("Ordering Judge"))),
            CourtReporter: AppellateText.Tidy(reader.Text("Court Reporter")),
            DateFiled: reader.Date("Date Filed"),
            DateDisposed: reader.Date("Date Disposed"),
            Disposition: AppellateText.Tidy(reader.Text("Disposition")),
            DateJudgment: judgment,
            DateJudgmentEntered: judgmentEntered,
            DateNoticeOfAppealFiled: noticeFiled,
            DateReceivedByAppealsCourt: received);
    }

    // The text pieces of the cells of each row that is the given place from the end among its
    // siblings (1 = last row): the lower-court dates sit in a label row followed by a value row.
    private static List<string> RowTexts(IElement table, int fromEnd)
    {
        var texts = new List<string>();
        foreach (var row in MarkupTree.Descendants(table, "tr"))
        {
            var siblings = MarkupTree.ChildrenNamed(row.ParentElement!, "tr").ToList();
            if (siblings.Count < fromEnd || siblings[^fromEnd] != row)
            {
                continue;
            }

            foreach (var cell in MarkupTree.ChildrenNamed(row, "td"))
            {
                CollectTextNodes(cell, texts);
            }
        }

        return texts;
    }

    private static void CollectTextNodes(INode node, List<string> into)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                into.Add(text.Data);
            }
            else if (child is IElement)
            {
                CollectTextNodes(child, into);
            }
        }
    }

    private static string ResolveLink(string href, string courtId)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return href;
        }

        var page = new Uri($"https://ecf.{courtId}.uscourts.gov/n/beam/servlet/TransportRoom");
        return Uri.TryCreate(page, href, out var resolved) ? resolved.OriginalString : href;
    }

    // "https://ecf.mad.uscourts.gov/..." → "mad": the label after "ecf" in the host.
    private static string CourtIdFromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        var labels = uri.Host.Split('.');
        var subdomain = labels.Length > 2 ? labels[..^2] : [];
        return subdomain.Length > 1 ? subdomain[1] : string.Empty;
    }

    /// <summary>
    /// PACER's document id from a document link: the last path segment with the fourth digit
    /// set to 0 (a 1 there only means "skip the attachment menu").
    /// </summary>
    internal static string DocIdFromUrl(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            url = url[..hash];
        }

        var slash = url.LastIndexOf('/');
        var last = slash >= 0 ? url[(slash + 1)..] : url;
        var query = last.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            last = last[..query];
        }

        return (last.Length >= 3 ? last[..3] : last) + "0" + (last.Length > 4 ? last[4..] : string.Empty);
    }

    private static List<AppellateParty> ReadParties(MarkupTree tree)
    {
        var parties = new List<AppellateParty>();
        var marker = tree.FindComment("NEW SECTION - Party/Aty List");
        var listing = marker is null ? null : MarkupTree.FollowingSiblings(marker).FirstOrDefault(e => e.LocalName == "table");
        if (listing is null)
        {
            return parties;
        }

        var seen = new HashSet<IElement>();
        foreach (var inner in MarkupTree.Descendants(listing, "table"))
        {
            foreach (var row in MarkupTree.Descendants(inner, "tr"))
            {
                if (!seen.Add(row))
                {
                    continue;
                }

                var cells = MarkupTree.Descendants(row, "td").ToList();
                if (cells.Count < 2)
                {
                    continue;
                }

                var attorneys = new List<AppellateAttorney>();
                foreach (var block in PartyListing.SplitAttorneyBlocks(cells[1]))
                {
                    if (PartyListing.ReadAttorney(block) is { } attorney)
                    {
                        attorneys.Add(attorney);
                    }
                }

                if (PartyListing.ReadPartyCell(cells[0], attorneys) is { } party)
                {
                    parties.Add(party);
                }
            }
        }

        return PartyListing.ResolveSeeAbove(parties);
    }

    [GeneratedRegex(@"Entered:\s+([—\d\-–/]+)", RegexOptions.CultureInvariant)]
    private static partial Regex EnteredStamp();

    private static List<AppellateDocketEntry> ReadEntries(MarkupTree tree)
    {
        var entries = new List<AppellateDocketEntry>();
        var marker = tree.FindComment("DOCKET ENTRIES");
        if (marker is null)
        {
            return entries;
        }

        var listsAttachments = tree.Elements.Any(e => e.LocalName == "input" && e.GetAttribute("value") == "View Selected");
        foreach (var section in MarkupTree.FollowingSiblings(marker))
        {
            if (section.LocalName is not ("table" or "form"))
            {
                continue;
            }

            foreach (var row in MarkupTree.Descendants(section, "tr"))
            {
                var cells = MarkupTree.ChildList(row, "td");
                if (cells.Count == 0)
                {
                    continue;
                }

                if (cells.Count == 1)
                {
                    if (MarkupTree.TextOf(cells[0]) == "No docket entries found.")
                    {
                        return entries;
                    }

                    continue;
                }

                var dateText = MarkupTree.TextOf(cells[0]);
                if (AppellateText.Strip(dateText).Length == 0 && listsAttachments && cells.Count >= 3)
                {
                    var attachments = ReadAttachments(cells[2]);
                    if (attachments.Count > 0 && entries.Count > 0)
                    {
                        entries[^1] = entries[^1] with { Attachments = attachments };
                    }

                    continue;
                }

                if (cells.Count < 3)
                {
                    continue;
                }

                entries.Add(ReadEntry(dateText, cells[1], cells[2]));
            }
        }

        return entries;
    }

    private static AppellateDocketEntry ReadEntry(string dateText, IElement documentCell, IElement textCell)
    {
        string? number = null;
        MarkupTree.FirstText(documentCell, text =>
        {
            if (text.ParentElement?.LocalName == "font")
            {
                return false;
            }

            var cleaned = AppellateText.CleanString(text.Data);
            if (!AppellateText.IsAllDigits(cleaned))
            {
                return false;
            }

            number = cleaned;
            return true;
        });

        var link = MarkupTree.FirstDescendant(documentCell, "a");
        var href = link?.GetAttribute("href");
        var docId = href is null ? null : DocIdFromUrl(href);
        var seqNo = MarkupTree.FirstDescendant(documentCell, "input")?.GetAttribute("value");
        if (string.IsNullOrEmpty(number) && !string.IsNullOrEmpty(docId))
        {
            number = docId;
        }

        var description = MarkupTree.TextOf(textCell);
        var entered = EnteredStamp().Match(description);
        return new AppellateDocketEntry(
            DateFiled: AppellateText.ParseDate(dateText),
            DateEntered: entered.Success ? AppellateText.ParseDate(entered.Groups[1].Value) : null,
            DocumentNumber: AppellateText.TidyOrNull(number),
            PacerDocId: AppellateText.TidyOrNull(docId),
            PacerSeqNo: AppellateText.TidyOrNull(seqNo),
            Description: AppellateText.Tidy(description),
            Attachments: null);
    }

    // The attachment menu is a table nested in the third cell: its inner rows after the header.
    private static List<AppellateAttachment> ReadAttachments(IElement cell)
    {
        var rows = new List<IElement>();
        foreach (var table in MarkupTree.ChildrenNamed(cell, "table"))
        {
            foreach (var row in MarkupTree.Descendants(table, "tr"))
            {
                for (var ancestor = row.ParentElement; ancestor is not null && ancestor != table; ancestor = ancestor.ParentElement)
                {
                    if (ancestor.LocalName == "tr")
                    {
                        rows.Add(row);
                        break;
                    }
                }
            }
        }

        var attachments = new List<AppellateAttachment>();
        foreach (var row in rows.Skip(1))
        {
            var numberText = MarkupTree.FirstText(row, t => t.ParentElement?.LocalName == "td")?.Data;
            if (numberText is null || !int.TryParse(AppellateText.Strip(numberText), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var cells = MarkupTree.ChildList(row, "td");
            var description = cells.Count >= 4 && MarkupTree.FirstText(cells[3], _ => true) is { } first
                ? AppellateText.Strip(first.Data)
                : string.Empty;
            var value = MarkupTree.FirstDescendant(row, "input")?.GetAttribute("value");
            var parts = value?.Split(' ');
            int? pages = null;
            long? bytes = null;
            if (parts is { Length: 4 })
            {
                pages = int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
                bytes = long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b != 0 ? b : null;
            }

            var sizeText = cells.Count > 0 ? MarkupTree.TextOf(cells[^1]) : string.Empty;
            var lowered = sizeText.ToLowerInvariant();
            var size = lowered.Contains("kb", StringComparison.Ordinal) || lowered.Contains("mb", StringComparison.Ordinal)
                ? AppellateText.Strip(sizeText)
                : string.Empty;
            var href = MarkupTree.FirstDescendant(row, "a")?.GetAttribute("href");
            attachments.Add(new AppellateAttachment(
                AttachmentNumber: number,
                Description: AppellateText.Tidy(description),
                PageCount: pages,
                FileSizeText: AppellateText.Tidy(size),
                FileSizeBytes: bytes,
                PacerDocId: href is null ? null : AppellateText.Tidy(DocIdFromUrl(href)),
                PacerSeqNo: AppellateText.TidyOrNull(parts?[0])));
        }

        return attachments;
    }
}
