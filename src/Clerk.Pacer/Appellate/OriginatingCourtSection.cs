using System.Text.RegularExpressions;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>
/// Reads the "Originating Court Information" section: the lower court's docket number (or an
/// alien number), its court id from the link, judges, reporter and the lower-court dates.
/// </summary>
internal static partial class OriginatingCourtSection
{
    [GeneratedRegex(@"((\d{1,2}:)?\d\d-[a-zA-Z]{1,4}-\d{1,10})", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCourtDocketNumber();

    [GeneratedRegex(@"^A[0-9-]+", RegexOptions.CultureInvariant)]
    private static partial Regex AlienNumber();

    public static OriginatingCourtInformation? Read(MarkupTree tree, string courtId)
    {
        var heading = tree.FirstLabelled("Originating Court Information");
        var table = heading is null ? null : heading.Ancestor("table");
        if (table is null)
        {
            return null;
        }

        var inTable = table.Descendants().Where(d => d.IsElement).ToList();
        var rows = inTable.Where(e => e.Name == "tr").ToList();
        var none = MarkupTree.FirstLabelled(inTable, "None");
        if (rows.Count == 2 && none is not null && none.Ancestor("td") is not null)
        {
            return null;
        }

        var district = MarkupTree.FirstLabelled(inTable, "District");
        var districtCell = district is null ? null : district.Ancestor("td");
        var districtText = districtCell is null ? string.Empty : districtCell.TextContent();
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
            docketNumber = parts.Length > 2 ? PyText.Strip(parts[2]) : string.Empty;
        }

        string? alienNumber = null;
        if (AlienNumber().IsMatch(docketNumber))
        {
            alienNumber = docketNumber;
        }

        var link = inTable.FirstOrDefault(e => e.Name == "a" && e.Attribute("href") is not null);
        var lowerCourt = link is null ? string.Empty : CourtIdFromUrl(ResolveLink(link.Attribute("href")!, courtId));

        // The lower-court dates, by label (a later label of the same text wins).
        var dates = new Dictionary<string, NodaTime.LocalDate?>(StringComparer.Ordinal);
        foreach (var (label, value) in RowTexts(table, fromEnd: 2).Zip(RowTexts(table, fromEnd: 1)))
        {
            dates[CourtText.CleanString(label)] = CourtDate.Parse(CourtText.CleanString(value));
        }

        return new OriginatingCourtInformation(
            DocketNumber: alienNumber is null ? CourtText.CleanValue(docketNumber) : null,
            RestrictedAlienNumber: CourtText.CleanValueOrNull(alienNumber),
            CourtId: CourtText.CleanValue(lowerCourt),
            AssignedTo: CourtText.CleanValue(Names.JudgeName(tree.Field("Trial Judge"))),
            OrderingJudge: CourtText.CleanValue(Names.JudgeName(tree.Field("Ordering Judge"))),
            CourtReporter: CourtText.CleanValue(tree.Field("Court Reporter")),
            DateFiled: tree.DateField("Date Filed"),
            DateDisposed: tree.DateField("Date Disposed"),
            Disposition: CourtText.CleanValue(tree.Field("Disposition")),
            DateJudgment: dates.GetValueOrDefault("Date Order/Judgment:"),
            DateJudgmentEntered: dates.GetValueOrDefault("Date Order/Judgment EOD:"),
            DateNoticeOfAppealFiled: dates.GetValueOrDefault("Date NOA Filed:"),
            DateReceivedByAppealsCourt: dates.GetValueOrDefault("Date Rec'd COA:"));
    }

    // The text pieces of the cells of each row that is the given place from the end among its
    // siblings (1 = last row): the lower-court dates sit in a label row followed by a value row.
    private static List<string> RowTexts(DomNode table, int fromEnd)
    {
        var texts = new List<string>();
        foreach (var row in table.DescendantElements("tr"))
        {
            var siblings = row.Parent!.ChildElements("tr").ToList();
            if (siblings.Count < fromEnd || siblings[^fromEnd] != row)
            {
                continue;
            }

            foreach (var cell in row.ChildElements("td"))
            {
                texts.AddRange(cell.DescendantTexts().Select(t => t.Text));
            }
        }

        return texts;
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
}
