using Clerk.Domain;

namespace Clerk.Store;

/// <summary>
/// Narrows a case list; a null field does not filter. <see cref="Party"/> keeps the cases the party
/// takes part in. <see cref="Text"/> is a full-text query (<see cref="Search.SearchQueryParser"/>, without filters) that the caption,
/// the docket number, or a party's or attorney's name matches.
/// </summary>
public sealed record CaseFilter(CaseKind? Kind = null, CaseStatus? Status = null, CourtId? Court = null, JudgeId? Judge = null, string? Text = null, PartyId? Party = null);
