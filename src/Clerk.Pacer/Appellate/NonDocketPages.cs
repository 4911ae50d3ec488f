using System.Buffers;
using System.Text.RegularExpressions;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>Recognises the pages PACER serves in place of an appellate docket.</summary>
internal static class NonDocketPages
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

    private static readonly SearchValues<string> NotADocketLiterals =
        SearchValues.Create([.. NotADocket.Select(rule => rule.Literal)], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the page is a known non-docket page (error, redirect, confirmation, attachment menu).</summary>
    public static bool Matches(string html)
    {
        if (html.AsSpan().IndexOfAny(NotADocketLiterals) < 0)
        {
            return false;
        }

        foreach (var (literal, pattern) in NotADocket)
        {
            // Vectorised: string.Contains(…, OrdinalIgnoreCase) goes character by character under
            // invariant globalisation, which made this check about half of an appellate parse.
            if (CaselessSearch.Contains(html, literal) && pattern.IsMatch(html))
            {
                return true;
            }
        }

        return false;
    }
}
