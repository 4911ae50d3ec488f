namespace Clerk.Pacer.Acms;

/// <summary>Parses ACMS appellate dockets (JSON).</summary>
public static class AcmsDocketParser
{
    /// <summary>The parse of an ACMS docket, or null when <paramref name="json"/> is not one.</summary>
    public static ParsedDocket? TryParse(string json, string courtId) => null;
}
