using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Clerk.App.Timelines;

namespace Clerk.Web;

/// <summary>
/// Draws a <see cref="Timeline"/> as inline SVG: a scale along the top, one band per lane, a marker (or a bar for a
/// range) per item with its label, each item a link with its full text as a tooltip. Every piece of text is
/// escaped: docket text is whatever the court or an importer wrote, markup included. Colours come from the
/// stylesheet (classes <c>tl-KIND</c>), so the drawing carries no inline style.
/// </summary>
public static class TimelineSvg
{
    private const int Width = 1000;
    private const int Gutter = 150;
    private const int Right = 14;
    private const int ScaleHeight = 24;
    private const int RowHeight = 16;
    private const int LaneHead = 16;
    private const int LanePad = 8;

    /// <summary>The SVG element for <paramref name="timeline"/>; <paramref name="href"/> says where each item links.</summary>
    public static string Write(Timeline timeline, Func<TimelineItem, string> href, TimelineLayout? layout = null)
    {
        layout ??= TimelineLayout.Default;
        var enc = HtmlEncoder.Default;
        var sb = new StringBuilder(4096 + (timeline.Items.Count() * 400));
        var height = ScaleHeight + timeline.Lanes.Sum(LaneHeight) + 4;
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"tl-title\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"tl-title\">Timeline from {Day(timeline.From)} to {Day(timeline.To)}</title>");

        foreach (var tick in timeline.Ticks)
        {
            var x = Fmt(X(tick.X));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-grid\" x1=\"{x}\" y1=\"{ScaleHeight - 6}\" x2=\"{x}\" y2=\"{height}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-tick\" x=\"{x}\" y=\"{ScaleHeight - 10}\">{enc.Encode(tick.Label)}</text>");
        }

        var top = ScaleHeight;
        foreach (var lane in timeline.Lanes)
        {
            var h = LaneHeight(lane);
            var axis = top + LaneHead - 6;
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"tl-lane\"><rect class=\"tl-band\" x=\"0\" y=\"{top}\" width=\"{Width}\" height=\"{h}\"/>");
            var nameLines = Wrap(lane.Name);
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-lane-name\" x=\"6\" y=\"{axis + 4}\">");
            for (var i = 0; i < nameLines.Count; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"6\" dy=\"{(i == 0 ? 0 : 12)}\">{enc.Encode(nameLines[i])}</tspan>");
            }

            sb.Append("</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-axis\" x1=\"{Gutter}\" y1=\"{axis}\" x2=\"{Width - Right}\" y2=\"{axis}\"/>");
            foreach (var p in lane.Items)
            {
                WriteItem(sb, enc, layout, p, axis, href(p.Item));
            }

            sb.Append("</g>");
            top += h;
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void WriteItem(StringBuilder sb, HtmlEncoder enc, TimelineLayout layout, PlacedItem p, int axis, string href)
    {
        var item = p.Item;
        var kind = Clerk.Domain.Chronology.Split(item.Kind.ToString(), '-');
        var x = X(p.X);
        sb.Append(CultureInfo.InvariantCulture, $"<a class=\"tl-item tl-{kind}\" href=\"{enc.Encode(href)}\"><title>{enc.Encode(item.DateText)}: {enc.Encode(item.Text)}</title>");
        if (item.IsRange)
        {
            var w = Math.Max(X(p.XEnd) - x, 2);
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"tl-range\" x=\"{Fmt(x)}\" y=\"{axis - 4}\" width=\"{Fmt(w)}\" height=\"8\" rx=\"3\"/>");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"tl-mark\" cx=\"{Fmt(x)}\" cy=\"{axis}\" r=\"4.5\"/>");
        }

        if (p.ShowLabel)
        {
            var y = axis + 14 + (p.Row * RowHeight);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"tl-leader\" x1=\"{Fmt(x)}\" y1=\"{axis + 4}\" x2=\"{Fmt(x)}\" y2=\"{y - 9}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tl-label\" x=\"{Fmt(x + 2)}\" y=\"{y}\">{enc.Encode(layout.Cut(item.Label))}</text>");
        }

        sb.Append("</a>");
    }

    private static int LaneHeight(TimelineLane lane) => Math.Max(LaneHead + (lane.Rows * RowHeight), (Wrap(lane.Name).Count * 12) + 6) + LanePad;

    // A lane's name in the gutter, word-wrapped to lines that fit it (a case caption on an incident's timeline).
    private static List<string> Wrap(string name)
    {
        const int Fit = 21;
        var lines = new List<string>();
        var line = "";
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Fit)
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        lines.Add(line.Length > Fit ? string.Concat(line.AsSpan(0, Fit - 1), "…") : line);
        return lines.Count <= 4 ? lines : [.. lines.Take(3), "…"];
    }

    private static double X(double fraction) => Gutter + (fraction * (Width - Gutter - Right));

    private static string Fmt(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Day(NodaTime.LocalDate d) => Clerk.Domain.PartialDate.OnDay(d).ToString();
}
