using CsCheck;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>
/// Generated markup in the style of docket reports and worse: tables with and without their
/// sections, unclosed and misnested cells, paragraphs, lists and formatting, stray end tags,
/// scripts and comments in awkward places, character references with and without semicolons,
/// attributes in every quoting, upper-case names, duplicates and the tokenizer's edge cases.
/// </summary>
internal static class TagSoup
{
    private static readonly string[] Names =
    [
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "col", "colgroup", "p", "div", "span", "center",
        "b", "i", "u", "em", "strong", "font", "a", "nobr", "small", "tt", "s", "big", "code", "li", "ul", "ol", "dl",
        "dd", "dt", "h1", "h3", "pre", "form", "input", "button", "select", "option", "br", "hr", "img", "blockquote",
        "address", "label", "body", "html", "head", "frame", "sup", "wbr", "listing", "xmp", "iframe", "noscript",
        "object", "applet", "template", "svg", "math", "custom-tag",
    ];

    private static readonly string[] Attributes =
    [
        "", " href=\"/doc1/12345?x=1&amp;y=2\"", " HREF=/cgi-bin/DktRpt.pl?1-L_1_0-1", " href='a&copy=b'", " title=\"two\r\nlines\"",
        " onclick=\"goDLS('/doc1/1','2');return(false);\"", " name=\"n\" name=\"dup\"", " id=x", " value=\"&lt;v&gt;\"",
        " type=hidden", " TYPE=\"Hidden\"", " type=text", " size=-1 color=darkblue", " color=red", " =odd", " a=\"1\"b=2",
        " checked", " href=\"x&notit;y\"", " value=\"&#65;&#x42;\"",
    ];

    private static readonly string[] Texts =
    [
        "text", " ", "\n  ", "\t", "AT&T", "&amp;", "&nbsp;", "&nbsp", "&#160;", "&#xA0;", "&#65", "&#x41z", "&#0;",
        "&#128;", "&copy;", "&copy", "&notin;", "&zzz;", "& ", "&#;", "a < b", "<3", "x > y", "1/2", "R&D", "&lt=",
        "Docket Text", "Date Filed: 01/02/2020", "\u00e9t\u00e9", "\r\n", "line\rbreak", "\r",
    ];

    private static readonly string[] Specials =
    [
        "<!-- a comment -->", "<!---->", "<!-->", "<!--->", "<!-- a -- b --->", "<!-- x --!> y -->", "<!DOCTYPE html>",
        "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "</>", "</ x>", "<?xml version=\"1.0\"?>", "<!foo>",
        "<script>if (a < b && c) { document.write('</div>'); }</script>", "<script><!-- hide\nx();\n// --></script>",
        "<script><!-- <script> </script> --></script>", "<style>td { color: red }</style>", "<title>A & B &amp; C</title>",
        "<textarea>\nline</textarea>", "<pre>\nkept</pre>", "<xmp><b>raw</b></xmp>", "<iframe>in</iframe>",
        "<br/>", "<div/>", "</br>", "</p>", "<![CDATA[x]]>", "<SCRIPT>x</SCRIPT >", "<a href=x", "<!--",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.Select(Gen.OneOfConst(Names), Gen.OneOfConst(Attributes), Gen.Bool, (n, a, upper) => $"<{(upper ? n.ToUpperInvariant() : n)}{a}>")),
        (4, Gen.Select(Gen.OneOfConst(Names), Gen.Bool, (n, upper) => $"</{(upper ? n.ToUpperInvariant() : n)}>")),
        (5, Gen.OneOfConst(Texts)),
        (1, Gen.OneOfConst(Specials)));

    /// <summary>Markup of 1 to 40 pieces.</summary>
    public static readonly Gen<string> Markup = Piece.Array[1, 40].Select(pieces => string.Concat(pieces));

    /// <summary>Table-heavy markup: rows and cells with formatting and stray text around them.</summary>
    public static readonly Gen<string> Tables = Gen.Frequency(
        (5, Gen.OneOfConst("<table>", "<tr>", "<td>", "</td>", "</tr>", "<th>", "</table>", "<tbody>", "</tbody>")),
        (3, Gen.OneOfConst("<b>", "</b>", "<font size=-1>", "</font>", "<a href=\"/d/1\">", "</a>", "<i>", "</i>", "<nobr>")),
        (2, Gen.OneOfConst("<p>", "</p>", "<div>", "</div>", "<br>", "<center>", "</center>", "<li>", "<form>", "</form>")),
        (3, Gen.OneOfConst("x", " ", "\n", "Docket Text", "&nbsp;", "<input type=hidden name=h>", "<input type=text>")))
        .Array[1, 60].Select(pieces => string.Concat(pieces));
}
