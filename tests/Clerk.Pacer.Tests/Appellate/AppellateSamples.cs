namespace Clerk.Pacer.Tests.Appellate;

/// <summary>Small hand-written appellate reports for tests that need one feature at a time.</summary>
internal static class AppellateSamples
{
    /// <summary>A minimal report: case stub, one party, and the given docket entry rows.</summary>
    public static string Report(string stubNumberMarkup, string caseName, string attorneyMarkup, string entryRows) => $$"""
        <html><head><title>Docket</title></head><body>
        <table width=100% border=1 cellpadding=4>
        <!-- ===================== NEW SECTION - Case Stub ======================== -->
        <tr><td>
          <table width=100% border=0 cellpadding=0 cellspacing=0>
          <tr><td><b>Court of Appeals Docket #: </b>{{stubNumberMarkup}}</td>
            <td valign=top align=right rowspan=2><b>Docketed:</b> 03/07/2023</td></tr>
          <tr><td>{{caseName}}</td></tr>
          <tr><td><b>Fee Status:</b>  Fee Paid</td></tr>
          </table>
        </td></tr>
        </table>
        <!-- ===================NEW SECTION - Party/Aty List ====================== -->
        <table width=100% border=1 cellpadding=0><tr><td>
          <table width=100% border=0 cellpadding=4 cellspacing=0>
          <tr><td valign=top width=50%>United States of America<BR>
        &nbsp;&nbsp;&nbsp;Plaintiff&nbsp;-&nbsp;Appellee
          </td>
          <td valign=top width=50%>
        {{attorneyMarkup}}</td></tr>
          </table>
        </td></tr></table>
        <!-- ================= NEW SECTION - DOCKET ENTRIES =================== -->
        <table width=100% border=1 cellpadding=0><tr><td>
          <table border=0 cellpadding=4>
        {{entryRows}}
          </table>
        </td></tr></table>
        </body></html>
        """;

    public static string EntryRow(string date, string number, string text) =>
        $"<tr><td valign=top>{date}</td><td valign=top>&nbsp;{number}&nbsp;</td><td width=90% valign=top>{text}</td></tr>";
}
