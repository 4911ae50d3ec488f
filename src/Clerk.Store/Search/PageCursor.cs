using System.Globalization;
using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// Where a page ended: the last hit's rank and sort keys, so the next page starts right after it
/// (rows written in between do not shift it), and whether the pages are newest first. Opaque to
/// callers: base64url of the values.
/// </summary>
internal sealed record PageCursor(double Rank, string Case, string Kind, string Ref, bool Newest = false)
{
    private const char Separator = '\u001f';
    private const string NewestMark = "n";

    public string Write() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(Separator, [Rank.ToString("R", CultureInfo.InvariantCulture), Case, Kind, Ref, .. Newest ? new[] { NewestMark } : []])))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <exception cref="SearchQueryException">The text is not a cursor a search gave.</exception>
    public static PageCursor Read(string text)
    {
        try
        {
            var b64 = text.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split(Separator);
            if (parts.Length is 4 or 5 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank)
                && (parts.Length == 4 || parts[4] == NewestMark))
            {
                return new PageCursor(rank, parts[1], parts[2], parts[3], parts.Length == 5);
            }
        }
        catch (FormatException)
        {
        }

        throw new SearchQueryException($"the page cursor \"{text}\" is not one a search gave (use the \"next\" of the page before)");
    }
}
