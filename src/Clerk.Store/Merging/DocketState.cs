using Clerk.Domain;
using Clerk.Store.Rows;

namespace Clerk.Store.Merging;

/// <summary>
/// What is stored about one case that a docket report can change: its docket in sequence order,
/// the parties' roles, counsel and charges, and the citations made by the report being merged
/// (a report cites only its own facts; other sources' citations are never touched by a merge).
/// </summary>
public sealed record DocketState
{
    public IReadOnlyList<DocketEntry> Entries { get; init; } = [];

    public IReadOnlyList<Participation> Participations { get; init; } = [];

    public IReadOnlyList<Counsel> Counsel { get; init; } = [];

    public IReadOnlyList<Charge> Charges { get; init; } = [];

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>True when the case is not stored yet (then every other list but <see cref="Citations"/> is empty).</summary>
    public bool IsNewCase { get; init; }

    /// <summary>The reports imported into the case so far.</summary>
    public IReadOnlyList<DocketReport> Reports { get; init; } = [];

    /// <summary>
    /// The state after <paramref name="plan"/>, computed in memory: what applying the plan to the
    /// database leaves, including the citations that go with deleted facts.
    /// </summary>
    public DocketState Apply(DocketPlan plan)
    {
        var gone = plan.Participations.Delete.Select(FactRef.Of)
            .Concat(plan.Counsel.Delete.Select(FactRef.Of))
            .Concat(plan.Charges.Delete.Select(c => new FactRef(FactKind.Charge, c.Id.Value)))
            .ToHashSet();
        return new DocketState
        {
            Entries = [.. plan.Entries.ApplyTo(Entries, e => e.Key).OrderBy(e => e.Sequence)],
            Participations = plan.Participations.ApplyTo(Participations, FactRef.Of),
            Counsel = plan.Counsel.ApplyTo(Counsel, FactRef.Of),
            Charges = plan.Charges.ApplyTo(Charges, c => c.Id),
            Citations = plan.Citations.ApplyTo(Citations.Where(c => !gone.Contains(c.Fact)), c => (c.Fact, c.Source)),
            Reports = plan.Reports.ApplyTo(Reports, r => r.Source),
        };
    }
}

/// <summary>Makes <see cref="Changes{T}"/>.</summary>
public static class Changes
{
    /// <summary>No change.</summary>
    public static Changes<T> None<T>() => new([], [], []);
}

/// <summary>Rows to insert, to update in place (matched by key) and to delete, for one kind of fact.</summary>
public sealed record Changes<T>(IReadOnlyList<T> Insert, IReadOnlyList<T> Update, IReadOnlyList<T> Delete)
{
    public bool IsEmpty => Insert.Count == 0 && Update.Count == 0 && Delete.Count == 0;

    /// <summary>The rows of <paramref name="rows"/> after these changes, in their order, inserts last.</summary>
    public IReadOnlyList<T> ApplyTo<TKey>(IEnumerable<T> rows, Func<T, TKey> key)
        where TKey : notnull
    {
        var deleted = Delete.Select(key).ToHashSet();
        var updated = Update.ToDictionary(key);
        return [.. rows.Where(r => !deleted.Contains(key(r))).Select(r => updated.GetValueOrDefault(key(r), r)).Concat(Insert)];
    }
}
