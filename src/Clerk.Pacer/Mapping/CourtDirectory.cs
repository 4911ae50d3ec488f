using Clerk.Rules;
using Clerk.Rules.Courts;

namespace Clerk.Pacer.Mapping;

/// <summary>
/// What Clerk knows of a PACER court from its id, read from the court table of the rules data
/// (<c>src/Clerk.Rules/Data/courts.yaml</c>): its name, time zone, the rule set its civil deadlines follow, and
/// whether it is appellate. The table is the one source of those answers; this class only adds what to say of an
/// id the table does not know.
/// </summary>
public static class CourtDirectory
{
    private static CourtTable Table => RuleBook.Default.Courts;

    /// <summary>The court's row, or null for an id the table does not list.</summary>
    public static CourtInfo? Find(string courtId) => Table.Find(courtId);

    /// <summary>True for courts of appeals and bankruptcy appellate panels (the table's <c>appellate</c> column).</summary>
    public static bool IsAppellate(string courtId) => Table.IsAppellate(courtId);

    /// <summary>The IANA time zone of the court; UTC for an id the table does not know.</summary>
    public static string TimeZone(string courtId) => Find(courtId)?.TimeZone ?? "UTC";

    /// <summary>
    /// The rule set of the court's civil deadlines (<c>us-fed-nm</c> in New Mexico, <c>us-fed</c> in other district
    /// and bankruptcy courts); none for courts whose rules Clerk does not model, and none for an unknown id rather
    /// than a guess.
    /// </summary>
    public static string? RuleSet(string courtId) => Find(courtId)?.RuleSet;

    /// <summary>The court's name from the table; for an unknown id, one built from it ("U.S. court xyz (PACER)").</summary>
    public static string Name(string courtId) => Find(courtId)?.Name ?? $"U.S. court {courtId} (PACER)";
}
