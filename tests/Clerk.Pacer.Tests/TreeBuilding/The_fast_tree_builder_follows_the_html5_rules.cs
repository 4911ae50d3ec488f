using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>Known answers of the HTML5 tree-construction rules, built by the fast path (which must accept each).</summary>
public sealed class The_fast_tree_builder_follows_the_html5_rules
{
    [Theory]
    [InlineData("<table><tr><td>a<td>b</table>", "<body>|<table>|<tbody>|<tr>|<td>|\"a\"|<td>|\"b\"")]
    [InlineData("<p>one<div>two</div>", "<body>|<p>|\"one\"|<div>|\"two\"")]
    [InlineData("<p><b>bold</p>still bold", "<body>|<p>|<b>|\"bold\"|<b>|\"still bold\"")]
    [InlineData("<a href=\"/x\">link<div>block</a>after", "<body>|<a href=\"/x\">|\"link\"|<div>|<a href=\"/x\">|\"block\"|\"after\"")]
    [InlineData("<table>stray<tr><td>cell</table>", "<body>|\"stray\"|<table>|<tbody>|<tr>|<td>|\"cell\"")]
    [InlineData("<li>one<li>two", "<body>|<li>|\"one\"|<li>|\"two\"")]
    [InlineData("a &amp; b&nbsp;c &#65;&#x42; &zzz; AT&T <3", "<body>|\"a & b\u00a0c AB &zzz; AT&T <3\"")]
    [InlineData("<A HREF='/doc?a=1&amp;b=2&c=3' onClick=go()>x</A>", "<body>|<a href=\"/doc?a=1&b=2&c=3\" onclick=\"go()\">|\"x\"")]
    [InlineData("x<script>if (a < b) document.write('<td>');</script>y<style>td{}</style>z", "<body>|\"xyz\"")]
    [InlineData("<!-- section --><p>t</p>", "<body>|<!-- section -->|<p>|\"t\"")]
    [InlineData("<pre>\nfirst line kept</pre>", "<body>|<pre>|\"first line kept\"")]
    [InlineData("<td>outside a table</td><tr>", "<body>|\"outside a table\"")]
    [InlineData("<table><tr><td><b>x</td><td>y</table>", "<body>|<table>|<tbody>|<tr>|<td>|<b>|\"x\"|<td>|\"y\"")]
    [InlineData("<nobr>a</nobr><label>b</label><title>c</title>", "<body>|\"abc\"")]
    [InlineData("<p><b>x<pre>\n<!--c-->y", "<body>|<p>|<b>|\"x\"|<pre>|<b>|<!--c-->|\"y\"")]
    [InlineData("a\r\nb\rc<pre>\r\nd</pre>", "<body>|\"a\nb\nc\"|<pre>|\"d\"")]
    [InlineData("<b>kept</b><div title=\"cut off", "<body>|<b>|\"kept\"")]
    [InlineData("it&#146;s &#0; &#x110000; &#00000000065; &#129;&#xD800;", "<body>|\"it\u2019s \ufffd \ufffd A \u0081\ufffd\"")]
    [InlineData("copy &copy 2024 &amp1 <a href=\"?a=1&copy=2&not\">x</a>", "<body>|\"copy \u00a9 2024 &1 \"|<a href=\"?a=1&copy=2\u00ac\">|\"x\"")]
    [InlineData("<table><tr><td>kept</td><td", "<body>|<table>|<tbody>|<tr>|<td>|\"kept\"")]
    public void Builds_the_tree_the_standard_asks_for(string html, string expected)
    {
        var tree = TokenTreeBuilder.TryBuild(html, out var refusal);
        Assert.True(tree is not null, $"the fast builder refused {html}: {refusal}");
        Assert.Equal(expected, Flat(tree));
    }

    [Theory]
    [InlineData("<table><caption>c</caption></table>", "caption")]
    [InlineData("<select><option>a</select>", "select")]
    [InlineData("<svg><circle/></svg>", "svg")]
    [InlineData("<script><!-- <script> --></script>", "<script inside its comment")]
    public void Names_what_it_leaves_to_the_full_parser(string html, string reason)
    {
        Assert.Null(TokenTreeBuilder.TryBuild(html, out var refusal));
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><caption>c</caption><tr><td>x</table>")]
    [InlineData("<p>a<svg><p>b</svg>")]
    public void Markup_it_refuses_still_parses_through_the_full_builder(string html)
    {
        Assert.Null(TokenTreeBuilder.TryBuild(html));
        Assert.Equal(TreeDump.Of(HtmlTree.BuildWithAngleSharp(html)), TreeDump.Of(HtmlTree.Parse(html)));
    }

    [Theory]
    [InlineData("it&#146;s &#0; &#x110000; &#00000000065; &#129;&#xD800;")]
    [InlineData("copy &copy 2024 &amp1 <a href=\"?a=1&copy=2&not\">x</a>")]
    [InlineData("<table><tr><td>kept</td><td")]
    [InlineData("<p>a<!-- cut --")]
    [InlineData("<p>a<title>cut")]
    public void Reads_character_references_and_cut_ends_as_the_full_builder_does(string html) =>
        Assert.True(TreeComparison.AssertSameTreeWhenAccepted(html, html), $"the fast builder refused {html}");

    // One line per node, '|' between them, for short expected values.
    private static string Flat(DomNode node)
    {
        var parts = new List<string>();
        Walk(node);
        return string.Join("|", parts);

        void Walk(DomNode n)
        {
            parts.Add(n.Kind switch
            {
                DomNodeKind.Text => $"\"{n.Text}\"",
                DomNodeKind.Comment => $"<!--{n.Text}-->",
                _ => "<" + n.Name + string.Concat((n.Attributes ?? []).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $" {a.Key}=\"{a.Value}\"")) + ">",
            });
            foreach (var child in n.Children)
            {
                Walk(child);
            }
        }
    }
}
