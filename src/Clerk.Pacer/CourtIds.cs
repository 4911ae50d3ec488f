using System.Text.RegularExpressions;

namespace Clerk.Pacer;

/// <summary>
/// PACER court ids ("akd", "nysb", "ca9", "cadc"): the check that an id is one, the id a report's
/// file name gives, and the id of a federal court named in words ("S.D.N.Y.", "Central District
/// of California"), as appellate reports name the court appealed from.
/// </summary>
public static partial class CourtIds
{
    [GeneratedRegex("^[a-z][a-z0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();

    /// <summary>True for text shaped as a PACER court id: 2 to 6 lower-case letters and digits, a letter first.</summary>
    public static bool IsWellFormed(string courtId) => WellFormed().IsMatch(courtId);

    /// <summary>
    /// The court id to read <paramref name="path"/> with: <paramref name="given"/> when set, else the
    /// file name up to the first '_' or '.'. Throws <see cref="PacerReportException"/>, saying how to
    /// name the court, when that is not a court id (a file saved as "docket (1).html").
    /// </summary>
    public static string For(string path, string? given)
    {
        if (given is not null)
        {
            return IsWellFormed(given)
                ? given
                : throw new PacerReportException($"--court \"{given}\" is not a PACER court id (2 to 6 lower-case letters and digits, such as akd, nysb or ca9)");
        }

        var fromName = PacerDocketParser.CourtIdFromFileName(path);
        return IsWellFormed(fromName)
            ? fromName
            : throw new PacerReportException(
                $"the court id \"{fromName}\" taken from the file name is not a PACER court id (2 to 6 lower-case letters and digits, such as akd, nysb or ca9): give it with --court ID, or name the file after its court (akd.html, akd_2.html)");
    }

    // Bluebook and PACER abbreviations and full names of the states and territories with federal courts.
    private static readonly Dictionary<string, string> States = new(StringComparer.Ordinal)
    {
        ["ALA"] = "al", ["ALABAMA"] = "al", ["ALASKA"] = "ak", ["ARIZ"] = "az", ["ARIZONA"] = "az", ["ARK"] = "ar", ["ARKANSAS"] = "ar",
        ["CAL"] = "ca", ["CALIF"] = "ca", ["CALIFORNIA"] = "ca", ["COLO"] = "co", ["COLORADO"] = "co", ["CONN"] = "ct", ["CONNECTICUT"] = "ct",
        ["DEL"] = "de", ["DELAWARE"] = "de", ["DC"] = "dc", ["COLUMBIA"] = "dc", ["FLA"] = "fl", ["FLORIDA"] = "fl", ["GA"] = "ga", ["GEORGIA"] = "ga",
        ["GUAM"] = "gu", ["HAW"] = "hi", ["HAWAII"] = "hi", ["IDAHO"] = "id", ["ILL"] = "il", ["ILLINOIS"] = "il", ["IND"] = "in", ["INDIANA"] = "in",
        ["IOWA"] = "ia", ["KAN"] = "ks", ["KANSAS"] = "ks", ["KY"] = "ky", ["KENTUCKY"] = "ky", ["LA"] = "la", ["LOUISIANA"] = "la",
        ["ME"] = "me", ["MAINE"] = "me", ["MD"] = "md", ["MARYLAND"] = "md", ["MASS"] = "ma", ["MASSACHUSETTS"] = "ma", ["MICH"] = "mi", ["MICHIGAN"] = "mi",
        ["MINN"] = "mn", ["MINNESOTA"] = "mn", ["MISS"] = "ms", ["MISSISSIPPI"] = "ms", ["MO"] = "mo", ["MISSOURI"] = "mo", ["MONT"] = "mt", ["MONTANA"] = "mt",
        ["NEB"] = "ne", ["NEBRASKA"] = "ne", ["NEV"] = "nv", ["NEVADA"] = "nv", ["NH"] = "nh", ["NEWHAMPSHIRE"] = "nh", ["NJ"] = "nj", ["NEWJERSEY"] = "nj",
        ["NM"] = "nm", ["NMEX"] = "nm", ["NEWMEXICO"] = "nm", ["NY"] = "ny", ["NEWYORK"] = "ny", ["NC"] = "nc", ["NORTHCAROLINA"] = "nc",
        ["ND"] = "nd", ["NORTHDAKOTA"] = "nd", ["OHIO"] = "oh", ["OKLA"] = "ok", ["OKLAHOMA"] = "ok", ["OR"] = "or", ["ORE"] = "or", ["OREGON"] = "or",
        ["PA"] = "pa", ["PENNSYLVANIA"] = "pa", ["PR"] = "pr", ["PUERTORICO"] = "pr", ["RI"] = "ri", ["RHODEISLAND"] = "ri",
        ["SC"] = "sc", ["SOUTHCAROLINA"] = "sc", ["SD"] = "sd", ["SOUTHDAKOTA"] = "sd", ["TENN"] = "tn", ["TENNESSEE"] = "tn", ["TEX"] = "tx", ["TEXAS"] = "tx",
        ["UTAH"] = "ut", ["VT"] = "vt", ["VERMONT"] = "vt", ["VA"] = "va", ["VIRGINIA"] = "va", ["VI"] = "vi", ["VIRGINISLANDS"] = "vi",
        ["WASH"] = "wa", ["WASHINGTON"] = "wa", ["WVA"] = "wv", ["WESTVIRGINIA"] = "wv", ["WIS"] = "wi", ["WISCONSIN"] = "wi", ["WYO"] = "wy", ["WYOMING"] = "wy",
    };

    private static readonly Dictionary<string, string> Directions = new(StringComparer.Ordinal)
    {
        ["N"] = "n", ["NORTHERN"] = "n", ["S"] = "s", ["SOUTHERN"] = "s", ["E"] = "e", ["EASTERN"] = "e", ["W"] = "w", ["WESTERN"] = "w",
        ["C"] = "c", ["CENTRAL"] = "c", ["M"] = "m", ["MIDDLE"] = "m",
    };

    // "S.D.N.Y." and "SDNY"; "E.D. Pa."; "D. Mass." and "D.N.J."; "Bankr. S.D.N.Y.".
    [GeneratedRegex(@"^(?<bankr>BANKR)?(?<dir>[NSEWCM])?D(?<state>[A-Z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviated();

    // "Central District of California", "District of Columbia", "Bankruptcy Court for the Southern District of New York".
    [GeneratedRegex(@"^(?<bankr>BANKRUPTCY)?(?:COURT)?(?:FOR)?(?:THE)?(?<dir>NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)?DISTRICTOF(?:THE)?(?<state>[A-Z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Spelled();

    /// <summary>
    /// The PACER id of the district or bankruptcy court named by <paramref name="name"/>
    /// ("S.D.N.Y. (NEW YORK CITY)" → "nysd", "Bankr. D. Mass." → "mab"), or null when the name is
    /// not one of a federal trial court (an agency, an immigration court, a state court).
    /// </summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // A trailing place in parentheses names the courthouse, not the court.
        int paren = name.IndexOf('(', StringComparison.Ordinal);
        var letters = new string([.. (paren > 0 ? name[..paren] : name).Where(char.IsAsciiLetter).Select(char.ToUpperInvariant)]);
        if (letters.StartsWith("USDISTRICTCOURT", StringComparison.Ordinal))
        {
            letters = letters["USDISTRICTCOURT".Length..];
        }

        var match = Abbreviated().Match(letters);
        if (!match.Success || !States.ContainsKey(match.Groups["state"].Value))
        {
            match = Spelled().Match(letters);
        }

        if (!match.Success || !States.TryGetValue(match.Groups["state"].Value, out var state))
        {
            return null;
        }

        var direction = match.Groups["dir"].Success ? Directions[match.Groups["dir"].Value] : "";
        return state + direction + (match.Groups["bankr"].Success ? "b" : "d");
    }
}
