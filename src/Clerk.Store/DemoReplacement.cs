namespace Clerk.Store;

/// <summary>
/// Whether <c>clerk demo</c> may rebuild a server database: only an empty one or one it made (its
/// stamp, <see cref="ClerkStore.StampDemo"/>) that holds nothing but the demo's cases. An SQLite file
/// is judged by the CLI before SQLite opens it (the stamp is in the file's header).
/// </summary>
public static class DemoReplacement
{
    /// <summary>"CkDm": the SQLite <c>application_id</c> of a file made by <c>clerk demo</c>.</summary>
    public const int SqliteApplicationId = 0x436B446D;

    /// <summary>
    /// Empties the server database named by <paramref name="options"/> when the demo may replace it
    /// and returns null; otherwise changes nothing and returns why not ("is a database that clerk demo
    /// did not make"). A database that does not exist yet is fine (the demo makes it).
    /// </summary>
    public static string? ClearServerDatabase(StoreOptions options, IReadOnlyCollection<string> demoCases)
    {
        var provider = options.Provider;
        System.Data.Common.DbConnection connection;
        try
        {
            connection = provider.Connect(create: false);
        }
        catch (StoreException e) when (e.Message.Contains("no such database", StringComparison.Ordinal))
        {
            return null;
        }

        using (connection)
        {
            if (provider.IsEmpty(connection))
            {
                return null;
            }

            if (!provider.IsStampedDemo(connection))
            {
                return "is a database that clerk demo did not make";
            }

            List<string> others;
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT \"Id\" FROM \"Cases\"";
                using var reader = command.ExecuteReader();
                others = [];
                while (reader.Read())
                {
                    if (!demoCases.Contains(reader.GetString(0)))
                    {
                        others.Add(reader.GetString(0));
                    }
                }
            }
            catch (System.Data.Common.DbException)
            {
                return "is a database whose cases cannot be read, so it may hold more than the demo";
            }

            if (others.Count > 0)
            {
                others.Sort(StringComparer.Ordinal);
                return $"holds {others.Count} case(s) that are not the demo's ({string.Join(", ", others.Take(3))}{(others.Count > 3 ? ", …" : "")})";
            }

            provider.DropEverything(connection);
            return null;
        }
    }
}
