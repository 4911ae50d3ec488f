using Clerk.Domain;
using NodaTime;

namespace Clerk.Pacer.Mapping;

// The facts of any kind of docket report, in one shape, so that the mapping onto the model is
// written once for district, bankruptcy, appellate and ACMS reports.

internal sealed record DocketFacts(
    string CourtId,
    string DocketNumber,
    string Caption,
    CaseKind Kind,
    LocalDate? Filed,
    LocalDate? Terminated,
    string? Judge,
    IReadOnlyList<PartyFacts> Parties,
    IEnumerable<EntryFacts> Entries,
    LowerCourtFacts? LowerCourt);

internal sealed record PartyFacts(string Name, string RoleText, LocalDate? Terminated, IReadOnlyList<AttorneyFacts> Attorneys, IReadOnlyList<CountFacts> Counts);

internal sealed record AttorneyFacts(string Name, string Contact, IReadOnlyList<string> Roles);

/// <summary>A criminal count or complaint: its text, its disposition, and PACER's section ("pending", "terminated", "complaint").</summary>
internal sealed record CountFacts(string Name, string Disposition, string Section);

internal sealed record EntryFacts(string? Number, LocalDate? Filed, LocalDate? Entered, string Description);

internal sealed record LowerCourtFacts(string? CourtId, string? DocketNumber, string? CourtName);
