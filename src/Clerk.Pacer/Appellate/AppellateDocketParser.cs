namespace Clerk.Pacer.Appellate;

/// <summary>Parses CM/ECF appellate docket reports (HTML).</summary>
public static class AppellateDocketParser
{
    /// <summary>The parse of an appellate docket report, or null when <paramref name="html"/> is not one.</summary>
    public static ParsedDocket? TryParse(string html, string courtId) => null;
}
