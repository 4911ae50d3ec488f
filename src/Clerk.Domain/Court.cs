namespace Clerk.Domain;

/// <summary>
/// A court. <see cref="TimeZone"/> is an IANA zone id ("America/Denver"); deadlines are in its local
/// calendar. <see cref="RuleSet"/> names the rules of procedure its deadlines are computed by
/// ("us-nm" for New Mexico district courts), when known.
/// </summary>
public sealed record Court(CourtId Id, string Name, string Jurisdiction, string TimeZone, string? RuleSet = null);
