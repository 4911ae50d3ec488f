using NodaTime;

namespace Clerk.App.Timelines;

/// <summary>
/// A timeline laid out as data: the days it spans, its lanes top to bottom with every item placed, and the ticks
/// of its scale. Front ends draw it (the web as SVG) without deciding anything about dates or positions.
/// </summary>
/// <param name="From">The first day of the scale (a little before the earliest item).</param>
/// <param name="To">The last day of the scale (a little after the latest item).</param>
public sealed record Timeline(LocalDate From, LocalDate To, IReadOnlyList<TimelineLane> Lanes, IReadOnlyList<TimelineTick> Ticks)
{
    /// <summary>Every item of every lane.</summary>
    public IEnumerable<PlacedItem> Items => Lanes.SelectMany(l => l.Items);

    /// <summary>True when nothing has a date to show.</summary>
    public bool IsEmpty => Lanes.All(l => l.Items.Count == 0);
}

/// <summary>One horizontal band: a name ("Docket", or a case's caption on an incident's timeline) and its items.</summary>
/// <param name="Rows">How many lines of labels the lane needs (at least 1).</param>
public sealed record TimelineLane(string Name, IReadOnlyList<PlacedItem> Items, int Rows);

/// <summary>A labelled mark on the scale at <see cref="X"/> (fraction of the width): the first day of a year or month.</summary>
public sealed record TimelineTick(LocalDate Date, double X, string Label);
