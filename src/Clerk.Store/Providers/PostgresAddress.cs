using Npgsql;

namespace Clerk.Store.Providers;

/// <summary>
/// Tells a PostgreSQL address from a file path: a URL (<c>postgres://</c> or <c>postgresql://</c>) or an
/// Npgsql connection string (one that sets <c>Host</c>). A file path never looks like either.
/// </summary>
internal static class PostgresAddress
{
    /// <summary>
    /// True when <paramref name="text"/> names a PostgreSQL database; then <paramref name="connectionString"/>
    /// is Npgsql's form of it and <paramref name="shown"/> a URL without the password, for messages.
    /// </summary>
    /// <exception cref="StoreException">It looks like a PostgreSQL address but cannot be read as one.</exception>
    public static bool TryParse(string text, out string connectionString, out string shown)
    {
        connectionString = shown = "";
        NpgsqlConnectionStringBuilder builder;
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            builder = FromUrl(text);
        }
        else if (SetsHost(text))
        {
            try
            {
                builder = new NpgsqlConnectionStringBuilder(text);
            }
            catch (ArgumentException e)
            {
                throw new StoreException(text, $"not a PostgreSQL connection string ({e.Message}); expected e.g. Host=localhost;Database=clerk;Username=clerk");
            }

            if (string.IsNullOrEmpty(builder.Host))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        connectionString = builder.ConnectionString;
        shown = $"postgresql://{(builder.Username is { Length: > 0 } u ? Uri.EscapeDataString(u) + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? ""}";
        return true;
    }

    // "Host=…" or "Server=…" among the string's settings. Not a regular expression: every command asks
    // this of its --db, and building one costs a short command more than the rest of its start.
    private static bool SetsHost(string text) => text.Split(';').Any(setting =>
        setting.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals &&
        setting[..equals].Trim() is var key &&
        (key.Equals("host", StringComparison.OrdinalIgnoreCase) || key.Equals("server", StringComparison.OrdinalIgnoreCase)));

    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException(text, "not a PostgreSQL URL; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo is { Length: > 0 } info)
        {
            var colon = info.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? info : info[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(info[(colon + 1)..]);
            }
        }

        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } database)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        // Query parameters are connection string keys (sslmode=require, application_name=…).
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).Replace('_', ' ');
            try
            {
                builder[key] = eq < 0 ? "true" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
            catch (ArgumentException)
            {
                throw new StoreException(text, $"unknown connection parameter \"{key}\" in the URL");
            }
        }

        return builder;
    }
}
