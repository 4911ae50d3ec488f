namespace Clerk.Rules.Courts;

/// <summary>The courts of <c>Data/courts.yaml</c> by id. Immutable and safe to share between threads.</summary>
public sealed class CourtTable
{
    private readonly Dictionary<string, CourtInfo> _byId;

    internal CourtTable(IReadOnlyList<CourtInfo> courts)
    {
        All = courts;
        _byId = courts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>Every court, in the order of the data file.</summary>
    public IReadOnlyList<CourtInfo> All { get; }

    /// <summary>The court with this id (a PACER id such as <c>nmd</c>, any case), or null when the table lacks it.</summary>
    public CourtInfo? Find(string courtId) =>
        _byId.TryGetValue(courtId, out var court) || _byId.TryGetValue(courtId.Trim().ToLowerInvariant(), out court) ? court : null;

    /// <summary>
    /// Whether the court hears appeals (courts of appeals, bankruptcy appellate panels, state appellate courts). An id
    /// the table does not know is not appellate: callers that can look at the document itself may still decide
    /// otherwise from what it says.
    /// </summary>
    public bool IsAppellate(string courtId) => Find(courtId)?.Appellate ?? false;
}
