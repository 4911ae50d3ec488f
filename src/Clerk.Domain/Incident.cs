namespace Clerk.Domain;

/// <summary>An event in the world that starts cases: what happened, where, and when as precisely as known.</summary>
public sealed record Incident(IncidentId Id, string What, string Where, PartialDate? When);
