using Clerk.App.Timelines;
using NodaTime;
using static Clerk.App.Tests.Timelines.TimelineItems;

namespace Clerk.App.Tests.Timelines;

public class Laying_out_a_timeline
{
    [Fact]
    public void Later_items_sit_further_right_and_inside_the_scale()
    {
        var t = Lane(TimelineLayout.Default, On(new LocalDate(2022, 1, 1), "c"), On(new LocalDate(2020, 1, 1), "a"), On(new LocalDate(2021, 1, 1), "b"));
        var xs = t.Items.OrderBy(p => p.Item.Start).Select(p => p.X).ToList();
        Assert.True(xs[0] < xs[1] && xs[1] < xs[2]);
        Assert.All(xs, x => Assert.InRange(x, 0.0001, 0.9999));
        Assert.True(t.From < new LocalDate(2020, 1, 1) && t.To > new LocalDate(2022, 1, 1));
    }

    [Fact]
    public void Position_is_proportional_to_the_days_between()
    {
        // 2020-01-01 to 2022-01-01 is 731 days; 2021-01-01 is 366 days in, so just past half way between the two.
        var t = Lane(TimelineLayout.Default, On(new LocalDate(2020, 1, 1), "a"), On(new LocalDate(2021, 1, 1), "b"), On(new LocalDate(2022, 1, 1), "c"));
        var x = t.Items.OrderBy(p => p.Item.Start).Select(p => p.X).ToList();
        Assert.Equal(366.0 / 731, (x[1] - x[0]) / (x[2] - x[0]), 6);
    }

    [Fact]
    public void Labels_that_would_overlap_go_on_another_row()
    {
        var day = new LocalDate(2023, 8, 23);
        var t = Lane(TimelineLayout.Default, On(day, "Motion to dismiss denied"), On(day, "Motion to stay denied"));
        Assert.Equal([0, 1], t.Items.Select(p => p.Row).Order());
        Assert.Equal(2, t.Lanes.Single().Rows);
        Assert.All(t.Items, p => Assert.True(p.ShowLabel));
    }

    [Fact]
    public void Labels_far_apart_share_a_row()
    {
        var t = Lane(TimelineLayout.Default, On(new LocalDate(2020, 1, 1), "a"), On(new LocalDate(2023, 1, 1), "b"));
        Assert.All(t.Items, p => Assert.Equal(0, p.Row));
    }

    [Fact]
    public void Beyond_the_row_limit_an_item_keeps_its_marker_without_a_label()
    {
        var day = new LocalDate(2023, 8, 23);
        var t = Lane(new TimelineLayout(MaxRows: 2), On(day, "one"), On(day, "two"), On(day, "three"));
        Assert.Equal(3, t.Items.Count());
        Assert.Equal(1, t.Items.Count(p => !p.ShowLabel));
        Assert.Equal(2, t.Lanes.Single().Rows);
    }

    [Fact]
    public void A_long_label_is_cut_with_an_ellipsis()
    {
        var layout = new TimelineLayout(MaxLabel: 10);
        Assert.Equal("abcdefghi…", layout.Cut("abcdefghijklmnop"));
        Assert.Equal("short", layout.Cut("short"));
    }

    [Fact]
    public void A_span_of_under_three_years_is_marked_in_months_and_a_longer_one_in_years()
    {
        var months = Lane(TimelineLayout.Default, On(new LocalDate(2023, 1, 10)), On(new LocalDate(2023, 12, 20)));
        Assert.Contains(months.Ticks, t => t.Label == "Jul");
        Assert.InRange(months.Ticks.Count, 4, 12);
        Assert.All(months.Ticks, t => Assert.Equal(1, t.Date.Day));
        var years = Lane(TimelineLayout.Default, On(new LocalDate(2015, 6, 1)), On(new LocalDate(2023, 6, 1)));
        Assert.All(years.Ticks, t => Assert.Equal(new LocalDate(t.Date.Year, 1, 1), t.Date));
        Assert.Contains(years.Ticks, t => t.Label == "2020");
        Assert.True(years.Ticks.Zip(years.Ticks.Skip(1)).All(p => p.First.X < p.Second.X));
    }

    [Fact]
    public void Nothing_dated_gives_an_empty_timeline_with_its_lanes()
    {
        var t = TimelineLayout.Default.Build([("Docket", [])]);
        Assert.True(t.IsEmpty);
        Assert.Equal("Docket", t.Lanes.Single().Name);
    }
}
