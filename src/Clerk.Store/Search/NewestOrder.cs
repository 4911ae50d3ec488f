namespace Clerk.Store.Search;

/// <summary>
/// Which way an engine's document numbers run from the newest document: down on PostgreSQL (a new
/// document is numbered above the others), up on SQLite (numbered below them, so that FTS5 reads its
/// index forwards, its fast direction, for the newest first; see <see cref="SqliteSearchSchema.CountDown"/>).
/// A newest-first hit's rank is its document's number, negated where numbers grow.
/// </summary>
internal sealed record NewestOrder(bool Ascending)
{
    public static NewestOrder Up { get; } = new(true);

    public static NewestOrder Down { get; } = new(false);

    /// <summary>The SQL sort direction of document numbers, newest first.</summary>
    public string Sort => Ascending ? "ASC" : "DESC";

    /// <summary>The SQL comparison of a number with @top that keeps @top and the documents older than it.</summary>
    public string AtOrOlder => Ascending ? ">=" : "<=";

    /// <summary>The SQL aggregate giving the oldest of some document numbers.</summary>
    public string Oldest => Ascending ? "max" : "min";

    /// <summary>A newest-first hit's rank in SQL (a double on both engines): smaller is newer.</summary>
    public string Rank => Ascending ? "CAST(d.\"Id\" AS DOUBLE PRECISION)" : "CAST(-d.\"Id\" AS DOUBLE PRECISION)";

    /// <summary>The number of the document a newest-first rank belongs to.</summary>
    public long Document(double rank) => (long)(Ascending ? rank : -rank);

    /// <summary>The number next older than <paramref name="number"/>.</summary>
    public long After(long number) => Ascending ? number + 1 : number - 1;

    /// <summary>The older of two numbers.</summary>
    public long Older(long a, long b) => Ascending ? Math.Max(a, b) : Math.Min(a, b);
}
