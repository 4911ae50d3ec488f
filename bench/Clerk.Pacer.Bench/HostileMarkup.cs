using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Clerk.Pacer.Bench;

/// <summary>
/// How long hostile markup takes to be refused or parsed (issue: 100,000 nested divs took 66 s,
/// 30,000 nested font/b/i 19 s; later, markup whose cost grew with the square of its size: a tag of
/// 160,000 attributes 26 s, 200,000 empty comments 42 s, anchors fostered out of 100,000 tables
/// 56 s): each input parsed once, cold, then best of three.
/// </summary>
public static class HostileMarkup
{
    public static void Run()
    {
        Time("100,000 nested <div>", Repeat("<div>", 100_000));
        Time("30,000 nested <font><b><i>", Repeat("<font><b><i>", 30_000));
        Time("<select> then 100,000 nested <div>", "<select><option>a</select>" + Repeat("<div>", 100_000));
        Time("20,000 <table> start tags", Repeat("<table>", 20_000));
        Time("one tag of 300,000 attributes", "<span" + string.Concat(Enumerable.Range(0, 300_000).Select(i => " w" + i)) + ">text");
        Time("300,000 empty comments", Repeat("<!---->", 300_000));
        Time("200,000 comments ended by --!>", Repeat("<!-- c --!>", 200_000));
        Time("<a><table><a> 150,000 times", Repeat("<a><table><a>", 150_000));
    }

    private static string Repeat(string open, int times) => new StringBuilder(open.Length * times + 8).Insert(0, open, times).Append("text").ToString();

    private static void Time(string label, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        string outcome = "";
        double best = double.MaxValue;
        for (int round = 0; round < 4; round++)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var result = PacerDocketParser.Parse(bytes, "akd");
                outcome = result.Docket is null ? "not a docket" : "docket";
            }
            catch (PacerReportException e)
            {
                outcome = "refused: " + e.Message;
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-38} {bytes.Length / 1e6,5:F2} MB  {best * 1000,8:F1} ms  {outcome}"));
    }
}
