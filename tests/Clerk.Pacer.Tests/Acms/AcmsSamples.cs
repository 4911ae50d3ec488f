namespace Clerk.Pacer.Tests.Acms;

/// <summary>Hand-written ACMS dockets for tests that need one feature at a time.</summary>
internal static class AcmsSamples
{
    public const string PartyTable =
        "<table width='100%'><tr><td width='30%'> UNITED STATES DEPARTMENT OF JUSTICE<br><strong>Terminated:</strong>\n 10/06/2023<br>"
        + "&nbsp;&nbsp;&nbsp;&nbsp;Respondent, </td><td><div style='margin-bottom: 10px'>Urja Mittal, -<br><strong>Terminated:</strong> 10/06/2023<br>"
        + "Direct: 202-353-4895<br>[US Attorney]<br>Civil Division, Appellate Staff<br>Washington, DC 20530</div>"
        + "<div><p>&nbsp;</p></div></td></tr></table>";

    public static string Docket(string entries) => $$"""
        {
          "caseDetails": {
            "caseId": "1e399dc7-2462-ee11-a81c-001dd809b0dc",
            "caseNumber": "23-7246",
            "name": "Ascent Pharmaceuticals, Inc. v. DEA",
            "caseOpened": "2023-10-03",
            "aNumber": null,
            "partyAttorneyList": {{System.Text.Json.JsonSerializer.Serialize(PartyTable)}},
            "court": { "name": "Department of Justice", "identifier": "DOJ" },
            "caseType": "Agency",
            "caseSubType": "Non-Immigration Petition for Review",
            "caseSubSubType": null,
            "districtCourtName": null,
            "feeStatus": "Paid"
          },
          "docketInfo": { "docketEntries": {{entries}} }
        }
        """;
}
