using System.Diagnostics;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Clerk.Pacer.District;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Bench;

public static class Stages
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(FixtureCorpus.FixturesRoot(), "pacer-dockets", folder), "*.html");
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        double mb = bytes.Sum(b => (double)b.Length) / 1e6;
        var texts = bytes.Select(b => HtmlCleaning.Clean(TextDecoding.Decode(b))).ToArray();
        void Time(string name, Action a)
        {
            for (int i = 0; i < 5; i++) a();
            var best = double.MaxValue;
            for (int r = 0; r < 8; r++) { var sw = Stopwatch.StartNew(); a(); best = Math.Min(best, sw.Elapsed.TotalSeconds); }
            Console.WriteLine($"{name,-20} {best * 1000,8:F1} ms  {mb / best,7:F1} MB/s");
        }
        Time("decode+clean", () => { foreach (var b in bytes) HtmlCleaning.Clean(TextDecoding.Decode(b)); });
        Time("tokenize", () => { foreach (var t in texts) { using var tk = new HtmlTokenizer(new TextSource(t), HtmlEntityProvider.Resolver); while (tk.GetStructToken().Type != HtmlTokenType.EndOfFile) { } } });
        Time("fast tree", () => { foreach (var t in texts) TokenTreeBuilder.TryBuild(t); });
        Time("HtmlTree.Parse", () => { foreach (var t in texts) HtmlTree.Parse(t); });
        var courts = files.Select(PacerDocketParser.CourtIdFromFileName).ToArray();
        Time("full parse", () => { for (int i = 0; i < bytes.Length; i++) PacerDocketParser.Parse(bytes[i], courts[i]); });
    }
}
public static class PerFile
{
    public static void Run(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(FixtureCorpus.FixturesRoot(), "pacer-dockets", folder), "*.html");
        var rows = new List<(string, double, double, double)>();
        foreach (var f in files)
        {
            var b = File.ReadAllBytes(f);
            var court = PacerDocketParser.CourtIdFromFileName(f);
            var t = HtmlCleaning.Clean(TextDecoding.Decode(b));
            for (int i = 0; i < 5; i++) PacerDocketParser.Parse(b, court);
            double best = double.MaxValue, tree = double.MaxValue;
            for (int i = 0; i < 10; i++) { var sw = Stopwatch.StartNew(); PacerDocketParser.Parse(b, court); best = Math.Min(best, sw.Elapsed.TotalMilliseconds); sw.Restart(); HtmlTree.Parse(t); tree = Math.Min(tree, sw.Elapsed.TotalMilliseconds); }
            rows.Add((Path.GetFileName(f), b.Length / 1e3, best, tree));
        }
        foreach (var r in rows.OrderByDescending(r => r.Item3 - r.Item4).Take(15)) Console.WriteLine($"{r.Item1,-24} {r.Item2,8:F0} KB {r.Item3,8:F2} ms tree {r.Item4,8:F2} ms  rules {r.Item3 - r.Item4,8:F2} ms");
    }
}
public static class Loop
{
    public static void Run(string folder, double seconds)
    {
        var files = Directory.GetFiles(Path.Combine(FixtureCorpus.FixturesRoot(), "pacer-dockets", folder), "*.html").Select(f => (File.ReadAllBytes(f), PacerDocketParser.CourtIdFromFileName(f))).ToArray();
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < seconds) foreach (var (b, c) in files) PacerDocketParser.Parse(b, c);
    }
}
public static class Compare
{
    public static void Run(string html)
    {
        var fast = TokenTreeBuilder.TryBuild(html, out var why);
        Console.WriteLine("FULL:\n" + Dump(HtmlTree.BuildWithAngleSharp(html)));
        Console.WriteLine("FAST:\n" + (fast is null ? "refused: " + why : Dump(fast)));
        var parser = new HtmlParser();
        using var d = parser.ParseDocument(""); var c = d.CreateElement("div");
        Console.WriteLine("ANGLESHARP: " + string.Concat(parser.ParseFragment(html, c).Select(n => n is AngleSharp.Dom.IElement e ? e.OuterHtml : n.TextContent)));
    }
    static string Dump(DomNode n, int depth = 0)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(' ', depth * 2).Append(n.IsText ? "\"" + n.Text + "\"" : n.Kind == DomNodeKind.Comment ? "<!--" + n.Text + "-->" : "<" + n.Name + ">").Append('\n');
        foreach (var ch in n.Children) sb.Append(Dump(ch, depth + 1));
        return sb.ToString();
    }
}
