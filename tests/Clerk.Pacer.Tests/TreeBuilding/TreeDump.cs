using System.Text;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>A sanitised tree written out one node per line, indented by depth (or numbered, when deep), for comparing two trees.</summary>
internal static class TreeDump
{
    public static string Of(DomNode root)
    {
        var sb = new StringBuilder();
        Write(root, 0, sb);
        return sb.ToString();
    }

    private static void Write(DomNode node, int depth, StringBuilder sb)
    {
        // Deep trees get their depth written out instead of ever wider indentation.
        if (depth > 16)
        {
            sb.Append('[').Append(depth).Append("] ");
        }
        else
        {
            sb.Append(' ', depth * 2);
        }

        switch (node.Kind)
        {
            case DomNodeKind.Text:
                sb.Append('"').Append(node.Text.ReplaceLineEndings("\\n")).Append('"').Append('\n');
                return;
            case DomNodeKind.Comment:
                sb.Append("<!--").Append(node.Text.ReplaceLineEndings("\\n")).Append("-->\n");
                return;
        }

        sb.Append('<').Append(node.Name);
        foreach (var (name, value) in node.Attributes?.OrderBy(a => a.Key, StringComparer.Ordinal) ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            sb.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
        }

        sb.Append(">\n");
        foreach (var child in node.Children)
        {
            Write(child, depth + 1, sb);
        }
    }

    /// <summary>The first line where two dumps differ, with a little context, for a failure message.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end)";
            var y = i < b.Length ? b[i] : "(end)";
            if (x != y)
            {
                var before = string.Join("\n", a.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)));
                return $"line {i + 1}:\n{before}\n  full builder: {x}\n  fast builder: {y}";
            }
        }

        return "(no difference)";
    }
}
