using System.Text.RegularExpressions;

namespace Clerk.Pacer.Text;

/// <summary>
/// Party lists print an attorney's contact once and "SEE ABOVE" wherever the attorney appears
/// again; read in docket order, this gives each such attorney the contact given earlier under
/// the same name (empty when none was).
/// </summary>
internal sealed partial class SeeAboveContacts
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    [GeneratedRegex(@"see\s+above", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeeAbove();

    /// <summary>The contact to keep for the attorney <paramref name="name"/> listed with <paramref name="contact"/>.</summary>
    public string Resolve(string name, string contact)
    {
        if (contact.Length == 0)
        {
            return contact;
        }

        if (SeeAbove().IsMatch(contact))
        {
            return _known.GetValueOrDefault(name, "");
        }

        _known[name] = contact;
        return contact;
    }
}
