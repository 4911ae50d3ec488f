using Clerk.Pacer.Text;

namespace Clerk.Pacer.Appellate;

/// <summary>Recognises the pages PACER serves in place of an appellate docket.</summary>
internal static class NonDocketPages
{
    // Pages PACER serves in place of a docket: login redirects, charge confirmations,
    // missing cases, attachment menus, embedded PDFs, and pages polluted by browser add-ons.
    private static readonly PhraseRules NotADocket = new(
    [
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
    ]);

    /// <summary>True when the page is a known non-docket page (error, redirect, confirmation, attachment menu).</summary>
    public static bool Matches(string html) => NotADocket.FirstMatch(html) is not null;

    /// <summary>True when <paramref name="text"/> holds a word some phrase needs: only then can a page holding it match.</summary>
    public static bool Mentions(string text) => NotADocket.Mentions(text);
}
