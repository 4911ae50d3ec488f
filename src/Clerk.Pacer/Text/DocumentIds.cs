namespace Clerk.Pacer.Text;

/// <summary>PACER document ids as carried in document links, in every kind of report.</summary>
internal static class DocumentIds
{
    /// <summary>
    /// The document id from a doc1 link ("/doc1/01712427473" → "01702427473"): the last path
    /// segment with its fourth digit set to zero, which normalises the attachment-page variant (a 1
    /// there only means "skip the attachment menu"). A district report's empty or query-only link
    /// stands for the report page itself (<paramref name="onReportPage"/>); an appellate report's
    /// gives "0".
    /// </summary>
    public static string FromDocumentUrl(string href, bool onReportPage = true)
    {
        int hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            href = href[..hash];
        }

        string last;
        if (onReportPage && (href.Length == 0 || href[0] == '?'))
        {
            // An empty or query-only link resolves to the report page itself.
            last = "DktRpt.pl" + href;
        }
        else
        {
            int slash = href.LastIndexOf('/');
            last = slash >= 0 ? href[(slash + 1)..] : href;
        }

        int query = last.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            last = last[..query];
        }

        return last.Length <= 3 ? last + "0" : string.Concat(last.AsSpan(0, 3), "0", last.AsSpan(4));
    }
}
