namespace Clerk.Web.Api;

/// <summary>A record's version (see <see cref="App.Editing.RecordVersion"/>) as an HTTP entity tag, and back.</summary>
public static class ETags
{
    public static string Of(string version) => $"\"{version}\"";

    /// <summary>The version an <c>If-Match</c> header names; null when there is none (<c>*</c> names none: a write must say which version it changes).</summary>
    public static string? Version(string? ifMatch)
    {
        var tag = ifMatch?.Trim();
        if (string.IsNullOrEmpty(tag) || tag == "*")
        {
            return null;
        }

        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        return tag.Trim('"');
    }
}
