namespace Clerk.Rules.Courts;

/// <summary>
/// What Clerk knows of a court from its id: one row of <c>Data/courts.yaml</c>.
/// </summary>
/// <param name="Id">The PACER court id for federal courts (<c>nmd</c>, <c>ca10</c>); Clerk's own id for state courts.</param>
/// <param name="TimeZone">The IANA zone of the clerk's office: the court's "today" is a day there.</param>
/// <param name="RuleSet">The rule set its civil deadlines follow, or null when Clerk does not model its rules of time.</param>
/// <param name="Appellate">Whether it hears appeals: the one answer Clerk gives to "is this court appellate?".</param>
/// <param name="Authority">The statute that creates the court.</param>
public sealed record CourtInfo(string Id, string Name, CourtKind Kind, string TimeZone, string? RuleSet, bool Appellate, string Authority, string? Notes);
