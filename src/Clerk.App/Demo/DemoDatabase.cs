using System.Buffers.Binary;
using Clerk.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Demo;

/// <summary>
/// Decides whether <c>clerk demo</c> may delete and rebuild a file: only a database it made, holding
/// nothing but the demo's cases. Anything else is refused and left byte for byte as it was.
/// </summary>
/// <remarks>
/// The demo stamps its file with SQLite's <c>application_id</c>, a number in the file header that
/// SQLite reserves for the application and never sets itself. Why that, and why also the cases:
/// <list type="bullet">
/// <item>The stamp travels inside the file, so a copy or rename keeps it, and a working database
/// copied over demo.db does not inherit it, as it would a marker file lying beside it.</item>
/// <item>It is outside the schema: no migration, and no EF model change, carries or loses it.</item>
/// <item>A stamp alone would still let the demo wipe cases a user loaded into the demo database
/// afterwards, so the cases are checked too: every case must be one of the demo's. Recognising the
/// demo by its cases alone would accept a working database that happens to hold only those ids.</item>
/// <item>The header is read before SQLite opens anything, so a file that is not a database is never
/// handed to SQLite at all, and the database itself is opened read-only.</item>
/// </list>
/// A demo database made before the stamp existed is accepted at the default demo path only, when it
/// holds nothing but the demo's cases: that path is the demo's own and nothing else writes there.
/// </remarks>
public static class DemoDatabase
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Refuses, with the reason, a path the demo must not replace; returns when it may (missing, or a demo database).</summary>
    /// <exception cref="DemoRefusedException">The path names something the demo did not make.</exception>
    private static void CheckReplaceable(string path, IReadOnlyCollection<string> demoCases, bool isDefaultPath)
    {
        if (!CheckMadeByDemo(path, isDefaultPath))
        {
            return;
        }

        var others = OtherCases(path, demoCases);
        if (others is null)
        {
            throw Refuse(path, "is a database whose cases cannot be read, so it may hold more than the demo");
        }

        if (others.Count > 0)
        {
            throw Refuse(path, $"holds {others.Count} case(s) that are not the demo's ({string.Join(", ", others.Take(3))}{(others.Count > 3 ? ", …" : "")})");
        }
    }

    /// <summary>
    /// Empties the demo database <paramref name="options"/> names (refusing anything the demo did not make,
    /// see <see cref="Clear"/>), stores the demo there afresh and returns its cases as stored.
    /// </summary>
    /// <exception cref="DemoRefusedException">The path names something the demo did not make.</exception>
    public static async Task<Domain.Matter> RebuildAsync(StoreOptions options, CancellationToken ct = default)
    {
        var matter = Store.MatterFiles.MatterReader.Parse(DemoMatter.Text(), DemoMatter.ResourceName);
        Clear(options, [.. matter.Cases.Select(c => c.Id.Value)]);
        using var store = ClerkStore.Open(options);
        store.StampDemo();
        return await DemoMatter.StoreAsync(store, ct);
    }

    /// <summary>
    /// Makes sure <paramref name="path"/> holds a demo database to serve: a missing file gets the demo; an
    /// existing one must be a database the demo made, and is served as it is (its accounts and edits kept).
    /// </summary>
    /// <exception cref="DemoRefusedException">The path names something the demo did not make.</exception>
    public static async Task PrepareToServeAsync(string path, CancellationToken ct = default)
    {
        if (!CheckMadeByDemo(path, path == Path.GetFullPath(StoreOptions.DefaultDemoPath)))
        {
            await RebuildAsync(new StoreOptions(path), ct);
        }
    }

    // False when nothing is at the path; throws unless it is a database the demo made (or an unstamped one at the default path).
    private static bool CheckMadeByDemo(string path, bool isDefaultPath)
    {
        if (Directory.Exists(path))
        {
            throw Refuse(path, "is a folder");
        }

        if (!File.Exists(path))
        {
            return false;
        }

        var header = new byte[100];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.AsSpan(0, SqliteHeader.Length).SequenceEqual(SqliteHeader))
        {
            throw Refuse(path, "exists and is not a database");
        }

        var stamped = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(68, 4)) == DemoReplacement.SqliteApplicationId;
        if (!stamped && !isDefaultPath)
        {
            throw Refuse(path, "is a database that clerk demo did not make");
        }

        return true;
    }

    /// <summary>
    /// Empties the database for the demo (an SQLite file is deleted; a PostgreSQL database loses its
    /// tables) when the demo may replace it; refuses, with the reason, when it may not.
    /// </summary>
    /// <exception cref="DemoRefusedException">The database is not one the demo made.</exception>
    public static void Clear(StoreOptions options, IReadOnlyCollection<string> demoCases)
    {
        var path = options.Path;
        if (options.IsServer)
        {
            if (DemoReplacement.ClearServerDatabase(options, demoCases) is { } why)
            {
                throw Refuse(path, why);
            }

            return;
        }

        if (File.Exists(path) || Directory.Exists(path))
        {
            CheckReplaceable(path, demoCases, path == Path.GetFullPath(StoreOptions.DefaultDemoPath));
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    }

    // The stored case ids that are not the demo's; null when the file cannot be read as a Clerk database.
    private static List<string>? OtherCases(string path, IReadOnlyCollection<string> demoCases)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            using var db = new ClerkDbContext(new DbContextOptionsBuilder<ClerkDbContext>().UseSqlite(connection).Options);
            return [.. db.Cases.AsNoTracking().Select(c => c.Id).AsEnumerable().Select(id => id.Value).Where(id => !demoCases.Contains(id)).Order(StringComparer.Ordinal)];
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static DemoRefusedException Refuse(string path, string why) =>
        new($"--db: {path} {why}; the demo uses or replaces only a database it made, so it was left as it is. Choose another file, or leave out --db to use {StoreOptions.DefaultDemoPath}.");
}

/// <summary>The demo was asked to replace a database it did not make; the database was left as it was.</summary>
public sealed class DemoRefusedException(string message) : Exception(message);
