using System.Globalization;
using NodaTime;

namespace Clerk.App.Timelines;

/// <summary>
/// Places items on a scale and their labels on lines so that labels do not overlap. The width is measured in
/// characters of label text (<see cref="Columns"/>): a front end that draws the timeline wider or narrower keeps
/// the proportions, since a label's length is in characters too.
/// </summary>
/// <param name="Columns">How many characters of label fit across the whole width.</param>
/// <param name="MaxRows">The most label lines a lane gets; items beyond keep their marker without a label.</param>
/// <param name="MaxLabel">The longest label in characters; longer ones are cut with an ellipsis.</param>
public sealed record TimelineLayout(int Columns = 150, int MaxRows = 4, int MaxLabel = 34)
{
    /// <summary>The layout the web pages use.</summary>
    public static TimelineLayout Default { get; } = new();

    /// <summary>Lays out named groups of items as lanes, in the order given; empty groups are kept as empty lanes.</summary>
    public Timeline Build(IReadOnlyList<(string Lane, IReadOnlyList<TimelineItem> Items)> groups)
    {
        var all = groups.SelectMany(g => g.Items).ToList();
        if (all.Count == 0)
        {
            return new Timeline(default, default, [.. groups.Select(g => new TimelineLane(g.Lane, [], 1))], []);
        }

        var first = all.Min(i => i.Start);
        var last = all.Max(i => i.End);
        // Room either side so the first and last markers and their labels are not cut off.
        var span = Math.Max(Period.DaysBetween(first, last), 60);
        var pad = Math.Max(span / 25, 10);
        var from = first.PlusDays(-pad);
        var to = last.PlusDays(pad);
        var days = (double)Period.DaysBetween(from, to);
        double X(LocalDate d) => Period.DaysBetween(from, d) / days;

        var lanes = groups.Select(g => PlaceLane(g.Lane, g.Items, X)).ToList();
        return new Timeline(from, to, lanes, Ticks(from, to, X));
    }

    /// <summary>A label as shown: at most <see cref="MaxLabel"/> characters.</summary>
    public string Cut(string label) => label.Length <= MaxLabel ? label : string.Concat(label.AsSpan(0, MaxLabel - 1), "…");

    private TimelineLane PlaceLane(string name, IReadOnlyList<TimelineItem> items, Func<LocalDate, double> x)
    {
        // Each row remembers where its last label ends; an item takes the first row with room.
        var rowEnds = new List<double>();
        var placed = new List<PlacedItem>(items.Count);
        var charWidth = 1.0 / Columns;
        foreach (var item in items.OrderBy(i => i.Start).ThenBy(i => i.End))
        {
            var start = x(item.Start);
            var end = x(item.End);
            var needs = start + ((Cut(item.Label).Length + 2) * charWidth);
            var row = rowEnds.FindIndex(e => e <= start);
            if (row < 0 && rowEnds.Count < MaxRows)
            {
                rowEnds.Add(0);
                row = rowEnds.Count - 1;
            }

            if (row < 0)
            {
                placed.Add(new PlacedItem(item, start, end, 0, false));
                continue;
            }

            // A range's bar lies on the axis, not on the label lines: only its label takes room there.
            rowEnds[row] = needs;
            placed.Add(new PlacedItem(item, start, end, row, true));
        }

        return new TimelineLane(name, placed, Math.Max(rowEnds.Count, 1));
    }

    private static List<TimelineTick> Ticks(LocalDate from, LocalDate to, Func<LocalDate, double> x)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        var ticks = new List<TimelineTick>();
        if (months > 36)
        {
            for (var year = from.Year + 1; year <= to.Year; year++)
            {
                var d = new LocalDate(year, 1, 1);
                ticks.Add(new TimelineTick(d, x(d), year.ToString(CultureInfo.InvariantCulture)));
            }

            // Many years: label every few so the labels stay apart.
            var every = (ticks.Count / 12) + 1;
            return [.. ticks.Where((t, i) => t.Date.Year % every == 0 || every == 1)];
        }

        // Months, every 1, 2, 3 or 6 of them so there are at most a dozen ticks; January shows its year.
        var step = months <= 12 ? 1 : months <= 24 ? 2 : 3;
        for (var d = new LocalDate(from.Year, from.Month, 1).PlusMonths(1); d <= to; d = d.PlusMonths(1))
        {
            if ((d.Month - 1) % step == 0)
            {
                var label = d.Month == 1 ? d.Year.ToString(CultureInfo.InvariantCulture) : d.ToString("MMM", CultureInfo.InvariantCulture);
                ticks.Add(new TimelineTick(d, x(d), label));
            }
        }

        return ticks;
    }
}
