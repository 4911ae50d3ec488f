using System.Text;

namespace Clerk.Store.Search;

/// <summary>
/// A <see cref="QueryNode"/> written in each engine's own query syntax. Tokens hold only letters
/// and digits (<see cref="SearchTokens"/>), and each is quoted all the same, so no user text can be
/// read as an operator by either engine; the result is passed as a parameter, never spliced into SQL.
/// </summary>
internal static class EngineSyntax
{
    /// <summary>An FTS5 MATCH expression: <c>"suit is untimely"</c>, <c>"dismiss"*</c>, <c>(a AND b) NOT c</c>.</summary>
    public static string Fts5(QueryNode node) => Write(node, new StringBuilder(), Fts5Dialect).ToString();

    /// <summary>A PostgreSQL tsquery: <c>'suit' &lt;-&gt; 'is' &lt;-&gt; 'untimely'</c>, <c>'dismiss':*</c>, <c>('a' &amp; 'b') &amp; !'c'</c>.</summary>
    public static string TsQuery(QueryNode node) => Write(node, new StringBuilder(), TsDialect).ToString();

    private sealed record Dialect(Func<Words, string> Words, string And, string Or, string AndNot);

    private static readonly Dialect Fts5Dialect = new(
        w => "\"" + string.Join(' ', w.Tokens) + "\"" + (w.Prefix ? "*" : ""),
        " AND ",
        " OR ",
        " NOT ");

    private static readonly Dialect TsDialect = new(
        w => "(" + string.Join(" <-> ", w.Tokens.Select((t, i) => "'" + t + "'" + (w.Prefix && i == w.Tokens.Count - 1 ? ":*" : ""))) + ")",
        " & ",
        " | ",
        " & !");

    private static StringBuilder Write(QueryNode node, StringBuilder sb, Dialect d)
    {
        switch (node)
        {
            case Words w:
                return sb.Append(d.Words(w));
            case Any o:
                sb.Append('(');
                for (var i = 0; i < o.Parts.Count; i++)
                {
                    Write(o.Parts[i], sb.Append(i == 0 ? "" : d.Or), d);
                }

                return sb.Append(')');
            case All a:
                // Positive parts first, then each exclusion: FTS5's NOT is binary (x NOT y).
                var positive = a.Parts.Where(x => x is not Not).ToList();
                sb.Append('(');
                if (positive.Count > 1)
                {
                    sb.Append('(');
                }

                for (var i = 0; i < positive.Count; i++)
                {
                    Write(positive[i], sb.Append(i == 0 ? "" : d.And), d);
                }

                if (positive.Count > 1)
                {
                    sb.Append(')');
                }

                foreach (var n in a.Parts.OfType<Not>())
                {
                    Write(n.Inner, sb.Append(d.AndNot), d);
                }

                return sb.Append(')');
            default:
                throw new InvalidOperationException($"a {node.GetType().Name} outside an AND (the parser refuses it)");
        }
    }
}
