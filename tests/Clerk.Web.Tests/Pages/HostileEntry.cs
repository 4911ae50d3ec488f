using Clerk.Domain;
using Clerk.Store;
using NodaTime;

namespace Clerk.Web.Tests.Pages;

/// <summary>A case whose docket entry, caption and source carry markup, stored beside the demo: pages must show it as text.</summary>
internal static class HostileEntry
{
    public const string CaseId = "hostile-case";
    public const string Script = "<script>alert('docket')</script>";

    public static void StoreIn(string databasePath)
    {
        using var store = ClerkStore.Open(new StoreOptions(databasePath), create: false);
        var source = new Source(new SourceId("hostile-source"), SourceKind.CourtRecord, "Court <b>clerk</b>", "Docket " + Script, new LocalDate(2024, 3, 1), null, null);
        var theCase = new Case(new CaseId(CaseId), new CourtId("nm-district-court"), "D-101-CV-2024-00001", "Doe v. <img src=x onerror=alert(1)>", CaseKind.Civil, CaseStatus.Open, null,
            PartialDate.OnDay(new LocalDate(2024, 3, 1)), null);
        var entry = new DocketEntry(theCase.Id, 1, "1", new LocalDate(2024, 3, 1), null, "COMPLAINT " + Script + " & \"quoted\"");
        store.Save(new Matter
        {
            Sources = [source],
            Cases = [theCase],
            Entries = [entry],
            Citations = [new Citation(source.Id, new FactRef(FactKind.Case, CaseId), null), new Citation(source.Id, FactRef.Of(entry), null)],
        });
    }
}
