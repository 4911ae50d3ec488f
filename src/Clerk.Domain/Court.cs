namespace Clerk.Domain;

/// <summary>A court. <see cref="TimeZone"/> is an IANA zone id ("America/Denver"); deadlines are in its local calendar.</summary>
public sealed record Court(CourtId Id, string Name, string Jurisdiction, string TimeZone);
