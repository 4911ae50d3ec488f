namespace Clerk.Pacer.Mapping;

/// <summary>
/// What Clerk knows of a PACER court from its id alone: the state or circuit it sits in, hence its
/// time zone, and the rule set its civil deadlines follow. District ("nmd") and bankruptcy ("nmb")
/// ids start with the state's postal code; appellate ids are "ca1" to "ca11", "cadc", "cafc",
/// "cavc" and bankruptcy appellate panels ("bap9").
/// </summary>
public static class CourtDirectory
{
    // The zone of the state's most populous part; a court in a state that spans zones keeps its
    // clerk's office zone, which for the few split states is the one listed here.
    private static readonly Dictionary<string, string> StateZones = new(StringComparer.Ordinal)
    {
        ["al"] = "America/Chicago", ["ak"] = "America/Anchorage", ["az"] = "America/Phoenix", ["ar"] = "America/Chicago",
        ["ca"] = "America/Los_Angeles", ["co"] = "America/Denver", ["ct"] = "America/New_York", ["de"] = "America/New_York",
        ["dc"] = "America/New_York", ["fl"] = "America/New_York", ["ga"] = "America/New_York", ["gu"] = "Pacific/Guam",
        ["hi"] = "Pacific/Honolulu", ["id"] = "America/Boise", ["il"] = "America/Chicago", ["in"] = "America/Indiana/Indianapolis",
        ["ia"] = "America/Chicago", ["ks"] = "America/Chicago", ["ky"] = "America/New_York", ["la"] = "America/Chicago",
        ["me"] = "America/New_York", ["md"] = "America/New_York", ["ma"] = "America/New_York", ["mi"] = "America/Detroit",
        ["mn"] = "America/Chicago", ["ms"] = "America/Chicago", ["mo"] = "America/Chicago", ["mt"] = "America/Denver",
        ["ne"] = "America/Chicago", ["nv"] = "America/Los_Angeles", ["nh"] = "America/New_York", ["nj"] = "America/New_York",
        ["nm"] = "America/Denver", ["ny"] = "America/New_York", ["nc"] = "America/New_York", ["nd"] = "America/Chicago",
        ["mp"] = "Pacific/Saipan", ["oh"] = "America/New_York", ["ok"] = "America/Chicago", ["or"] = "America/Los_Angeles",
        ["pa"] = "America/New_York", ["pr"] = "America/Puerto_Rico", ["ri"] = "America/New_York", ["sc"] = "America/New_York",
        ["sd"] = "America/Chicago", ["tn"] = "America/Chicago", ["tx"] = "America/Chicago", ["ut"] = "America/Denver",
        ["vt"] = "America/New_York", ["vi"] = "America/St_Thomas", ["va"] = "America/New_York", ["wa"] = "America/Los_Angeles",
        ["wv"] = "America/New_York", ["wi"] = "America/Chicago", ["wy"] = "America/Denver",
    };

    // Courts of appeals by the city of their seat.
    private static readonly Dictionary<string, string> CircuitZones = new(StringComparer.Ordinal)
    {
        ["ca1"] = "America/New_York", ["ca2"] = "America/New_York", ["ca3"] = "America/New_York", ["ca4"] = "America/New_York",
        ["ca5"] = "America/Chicago", ["ca6"] = "America/New_York", ["ca7"] = "America/Chicago", ["ca8"] = "America/Chicago",
        ["ca9"] = "America/Los_Angeles", ["ca10"] = "America/Denver", ["ca11"] = "America/New_York", ["cadc"] = "America/New_York",
        ["cafc"] = "America/New_York", ["cavc"] = "America/New_York", ["bap1"] = "America/New_York", ["bap6"] = "America/New_York",
        ["bap8"] = "America/Chicago", ["bap9"] = "America/Los_Angeles", ["bap10"] = "America/Denver",
    };

    /// <summary>True for courts of appeals and bankruptcy appellate panels.</summary>
    public static bool IsAppellate(string courtId) => CircuitZones.ContainsKey(courtId) || courtId.StartsWith("bap", StringComparison.Ordinal);

    /// <summary>The IANA time zone of the court; UTC when the id says nothing Clerk knows.</summary>
    public static string TimeZone(string courtId) =>
        CircuitZones.TryGetValue(courtId, out var zone) ? zone
        : courtId.Length >= 2 && StateZones.TryGetValue(courtId[..2], out zone) ? zone
        : "UTC";

    /// <summary>
    /// The rule set of a trial court's civil deadlines: <c>us-fed-nm</c> in New Mexico, <c>us-fed</c>
    /// in other district and bankruptcy courts (FRBP 9006 counts time as FRCP 6 does), none for
    /// courts of appeals, whose rules Clerk does not model.
    /// </summary>
    public static string? RuleSet(string courtId) =>
        IsAppellate(courtId) ? null : courtId.StartsWith("nm", StringComparison.Ordinal) ? "us-fed-nm" : "us-fed";

    /// <summary>A name for the court built from its id ("U.S. court nmd (PACER)"); PACER reports do not print one.</summary>
    public static string Name(string courtId) =>
        IsAppellate(courtId) ? $"U.S. court of appeals {courtId} (PACER)" : $"U.S. court {courtId} (PACER)";
}
