using Clerk.Domain;

namespace Clerk.Store;

/// <summary>
/// Narrows a case list; a null field does not filter. <see cref="Party"/> keeps the cases the party
/// takes part in. <see cref="Text"/> matches caption, docket number or a party's name, ignoring case.
/// </summary>
public sealed record CaseFilter(CaseKind? Kind = null, CaseStatus? Status = null, CourtId? Court = null, JudgeId? Judge = null, string? Text = null, PartyId? Party = null);
