using System.Buffers;

namespace Clerk.Pacer.Text;

/// <summary>The kinds of token <see cref="MarkupTokenizer"/> emits.</summary>
internal enum MarkupToken
{
    Character,
    StartTag,
    EndTag,
    Comment,
    Doctype,
    EndOfFile,
}

/// <summary>How the tokenizer reads text: ordinary markup, or the content of title/textarea, style-like or script elements, or plaintext.</summary>
internal enum TextMode
{
    Data,
    RcData,
    RawText,
    ScriptData,

    /// <summary>After <c>&lt;plaintext&gt;</c>: the rest of the file is text.</summary>
    PlainText,
}

/// <summary>
/// An HTML5 tokenizer for the markup docket reports are made of, reading the text in place
/// (spans of the source; only text with character references is copied). It follows the
/// standard's tokenization states for tags, attributes in all three quotings, comments,
/// doctypes, bogus comments, CDATA sections, character references, raw text up to the appropriate
/// end tag (a script's escaped and double-escaped comments included), plain text, and the end of a
/// file cut short inside a tag, a comment or raw text. It reads any markup; where the standard
/// leaves a choice or AngleSharp (the tests' oracle) departs from it, the comment at that place says
/// which way it goes.
/// </summary>
internal sealed class MarkupTokenizer
{
    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&");
    private static readonly SearchValues<char> NameStops = SearchValues.Create("\t\n\f />");
    private static readonly SearchValues<char> AttributeNameStops = SearchValues.Create("\t\n\f />=");
    private static readonly SearchValues<char> UnquotedValueStops = SearchValues.Create("\t\n\f >");

    private readonly string _html;
    private readonly List<AttributeRange> _attributes = [];

    // The current tag's attribute names once it has more than a few: a hostile tag of 100,000
    // attributes would otherwise compare each name with every one before it (minutes for a 2 MB file).
    private readonly HashSet<string> _manyNames = new(StringComparer.Ordinal);
    private const int FewAttributes = 16;
    private int _position;

    // Characters decoded for the current token (text with references, lower-cased names).
    private char[] _buffer = new char[256];
    private int _buffered;

    private int _textStart;
    private int _textLength;
    private bool _textInBuffer;
    private string _lastStartTag = "";

    public MarkupTokenizer(string html)
    {
        _html = html;
    }

    /// <summary>The kind of the current token.</summary>
    public MarkupToken Type { get; private set; }

    /// <summary>The tag of the current start or end tag token.</summary>
    public HtmlTag Tag { get; private set; } = HtmlTag.None;

    /// <summary>True when the current start tag ends with <c>/&gt;</c>.</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>How the text after the current position is read; the tree builder sets it after a start tag.</summary>
    public TextMode Mode { get; set; }

    /// <summary>
    /// True while the tree builder's current node is an SVG or MathML element, where
    /// <c>&lt;![CDATA[</c> opens a CDATA section (elsewhere it is a bogus comment).
    /// </summary>
    public bool InForeignContent { get; set; }

    /// <summary>The characters of the current character token or comment.</summary>
    public ReadOnlySpan<char> Text => _textInBuffer ? _buffer.AsSpan(_textStart, _textLength) : _html.AsSpan(_textStart, _textLength);

    /// <summary>The number of attributes of the current tag (later duplicates of a name already dropped).</summary>
    public int AttributeCount => _attributes.Count;

    /// <summary>The markup being read.</summary>
    public string Html => _html;

    /// <summary>How far into the markup the tokenizer has read (characters).</summary>
    public int Position => _position;

    /// <summary>The name of an attribute of the current tag, lower case.</summary>
    public ReadOnlySpan<char> AttributeName(int index) => Span(_attributes[index].Name);

    /// <summary>The value of an attribute of the current tag, character references resolved.</summary>
    public ReadOnlySpan<char> AttributeValue(int index) => Span(_attributes[index].Value);

    /// <summary>Reads the next token; <see cref="MarkupToken.EndOfFile"/> once the markup is read.</summary>
    public bool Next()
    {
        _buffered = 0;
        _attributes.Clear();
        _manyNames.Clear();
        SelfClosing = false;
        if (Mode != TextMode.Data)
        {
            return ElementText();
        }

        if (_position >= _html.Length)
        {
            Type = MarkupToken.EndOfFile;
            return true;
        }

        if (!StartsMarkup(_position))
        {
            return Characters();
        }

        char next = _html[_position + 1];
        if (char.IsAsciiLetter(next))
        {
            return ReadTag(_position + 1, MarkupToken.StartTag);
        }

        if (next == '/')
        {
            char after = _html[_position + 2];
            if (char.IsAsciiLetter(after))
            {
                return ReadTag(_position + 2, MarkupToken.EndTag);
            }

            if (after == '>')
            {
                // The standard drops "</>" (AngleSharp sometimes reopens formatting elements there).
                _position += 3;
                return Next();
            }

            return BogusComment(_position + 2);
        }

        if (next == '?')
        {
            return BogusComment(_position + 1);
        }

        return Declaration();
    }

    // '<' starts markup before a letter, '!', '?', or '/' with something after it; otherwise it is text.
    private bool StartsMarkup(int at)
    {
        if (_html[at] != '<' || at + 1 >= _html.Length)
        {
            return false;
        }

        char next = _html[at + 1];
        return char.IsAsciiLetter(next) || next is '!' or '?' || (next == '/' && at + 2 < _html.Length);
    }

    private bool Characters()
    {
        int start = _position;
        int i = start;
        bool decoding = false;
        while (i < _html.Length)
        {
            int stop = _html.AsSpan(i).IndexOfAny(TextStops);
            int end = stop < 0 ? _html.Length : i + stop;
            if (decoding)
            {
                Append(_html.AsSpan(i, end - i));
            }

            i = end;
            if (i >= _html.Length)
            {
                break;
            }

            if (_html[i] == '<')
            {
                // A '<' that is text still ends the token before it, as in AngleSharp, where
                // whitespace before it in a table stays put while the rest is fostered out.
                if (StartsMarkup(i) || i > start)
                {
                    break;
                }

                if (decoding)
                {
                    Append('<');
                }

                i++;
                continue;
            }

            if (!decoding)
            {
                decoding = true;
                Append(_html.AsSpan(start, i - start));
            }

            CharacterReference(ref i, inAttribute: false);
        }

        _position = i;
        Type = MarkupToken.Character;
        if (decoding)
        {
            SetText(0, _buffered, inBuffer: true);
        }
        else
        {
            SetText(start, i - start, inBuffer: false);
        }

        return true;
    }

    // The content of a title, textarea, style-like or script element, up to its own end tag.
    private bool ElementText()
    {
        // Without its end tag the element's text runs to the end of the file (a report cut short);
        // plain text has none.
        int end = Mode switch
        {
            TextMode.PlainText => -1,
            TextMode.ScriptData => ScriptEnd.Find(_html, _position, _lastStartTag),
            _ => FindEndTag(_position),
        };
        if (end < 0)
        {
            end = _html.Length;
        }

        var mode = Mode;
        if (mode != TextMode.PlainText)
        {
            Mode = TextMode.Data;
        }

        if (end == _position)
        {
            if (mode == TextMode.PlainText)
            {
                Type = MarkupToken.EndOfFile;
                return true;
            }

            return Next();
        }

        int start = _position;
        _position = end;
        Type = MarkupToken.Character;
        bool decode = mode == TextMode.RcData && _html.AsSpan(start, end - start).IndexOf('&') >= 0;
        bool lowerEndTags = mode != TextMode.PlainText && HasUpperCaseEndTag(_html.AsSpan(start, end - start));
        if (!decode && !lowerEndTags)
        {
            SetText(start, end - start, inBuffer: false);
            return true;
        }

        if (decode)
        {
            AppendDecoded(start, end, inAttribute: false);
        }
        else
        {
            Append(_html.AsSpan(start, end - start));
        }

        if (lowerEndTags)
        {
            // AngleSharp gives the names of end tags inside raw text lower-cased; the standard keeps
            // them as written. Only the text of titles, textareas and the like can show it.
            LowerEndTagNames(_buffer.AsSpan(0, _buffered));
        }

        SetText(0, _buffered, inBuffer: true);
        return true;
    }

    private static bool HasUpperCaseEndTag(ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOf("</", StringComparison.Ordinal)) >= 0)
        {
            text = text[(at + 2)..];
            int letters = 0;
            while (letters < text.Length && char.IsAsciiLetter(text[letters]))
            {
                letters++;
            }

            if (text[..letters].ContainsAnyInRange('A', 'Z'))
            {
                return true;
            }
        }

        return false;
    }

    private static void LowerEndTagNames(Span<char> text)
    {
        for (int at = text.IndexOf("</", StringComparison.Ordinal); at >= 0 && at + 2 < text.Length;)
        {
            int i = at + 2;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                text[i] = char.ToLowerInvariant(text[i]);
                i++;
            }

            int next = text[i..].IndexOf("</", StringComparison.Ordinal);
            at = next < 0 ? -1 : i + next;
        }
    }

    // Where "</name" (the last start tag's name, any case) followed by whitespace, '/' or '>' begins.
    private int FindEndTag(int from)
    {
        int i = from;
        while (true)
        {
            int found = _html.AsSpan(i).IndexOf("</", StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            int at = i + found;
            int nameEnd = at + 2 + _lastStartTag.Length;
            if (nameEnd < _html.Length
                && _html.AsSpan(at + 2, _lastStartTag.Length).Equals(_lastStartTag, StringComparison.OrdinalIgnoreCase)
                && _html[nameEnd] is '\t' or '\n' or '\f' or ' ' or '/' or '>')
            {
                return at;
            }

            i = at + 2;
        }
    }

    private bool ReadTag(int nameStart, MarkupToken type)
    {
        int stop = _html.AsSpan(nameStart).IndexOfAny(NameStops);
        if (stop < 0)
        {
            return EndInsideTag();
        }

        Tag = HtmlTag.Of(Span(NameRange(nameStart, stop)));
        Type = type;
        int i = nameStart + stop;
        while (true)
        {
            i = SkipSpaces(i);
            if (i >= _html.Length)
            {
                return EndInsideTag();
            }

            char c = _html[i];
            if (c == '>')
            {
                _position = i + 1;
                if (type == MarkupToken.StartTag)
                {
                    _lastStartTag = Tag.Name;
                }

                return true;
            }

            if (c == '/')
            {
                i++;
                if (i < _html.Length && _html[i] == '>')
                {
                    SelfClosing = true;
                }

                continue;
            }

            // An attribute; a name may begin with '='.
            int nameFrom = i;
            i++;
            int nameStop = _html.AsSpan(i).IndexOfAny(AttributeNameStops);
            if (nameStop < 0)
            {
                return EndInsideTag();
            }

            i += nameStop;
            var name = NameRange(nameFrom, i - nameFrom);
            i = SkipSpaces(i);
            var value = default(Range);
            if (i < _html.Length && _html[i] == '=')
            {
                i = SkipSpaces(i + 1);

                if (i >= _html.Length)
                {
                    return EndInsideTag();
                }

                c = _html[i];
                int valueStart;
                int valueEnd;
                if (c is '"' or '\'')
                {
                    valueStart = i + 1;
                    int close = _html.AsSpan(valueStart).IndexOf(c);
                    if (close < 0)
                    {
                        return EndInsideTag();
                    }

                    valueEnd = valueStart + close;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    int valueStop = _html.AsSpan(i).IndexOfAny(UnquotedValueStops);
                    if (valueStop < 0)
                    {
                        return EndInsideTag();
                    }

                    valueEnd = i + valueStop;
                    i = valueEnd;
                }

                value = ValueRange(valueStart, valueEnd);
            }

            if (IsNewAttribute(name))
            {
                _attributes.Add(new AttributeRange(name, value));
            }
        }
    }

    // The position of the first character at or after i that is not tag white space.
    private int SkipSpaces(int i) => _html.AsSpan(i).IndexOfAnyExcept("\t\n\f ") is >= 0 and var n ? i + n : _html.Length;

    private bool Declaration()
    {
        int at = _position + 2;
        var rest = _html.AsSpan(at);
        if (rest.StartsWith("--"))
        {
            return Comment(at + 2);
        }

        if (rest.StartsWith("DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            // Every doctype state ends at the next '>', quoted or not.
            int close = rest.IndexOf('>');
            _position = close < 0 ? _html.Length : at + close + 1;
            Type = MarkupToken.Doctype;
            return true;
        }

        if (rest.StartsWith("[CDATA[") && InForeignContent)
        {
            // Its text runs to "]]>", or to the end of a file cut short.
            int start = at + 7;
            int close = _html.AsSpan(start).IndexOf("]]>", StringComparison.Ordinal);
            int end = close < 0 ? _html.Length : start + close;
            _position = close < 0 ? _html.Length : end + 3;
            Type = MarkupToken.Character;
            SetText(start, end - start, inBuffer: false);
            return true;
        }

        return BogusComment(at);
    }

    private bool Comment(int start)
    {
        var rest = _html.AsSpan(start);
        if (rest.StartsWith(">") || rest.StartsWith("->"))
        {
            // "<!-->" and "<!--->" are empty comments.
            _position = start + (rest[0] == '>' ? 1 : 2);
            Type = MarkupToken.Comment;
            SetText(start, 0, inBuffer: false);
            return true;
        }

        // "--!>" also ends a comment (an error the standard forgives). Both ends are looked for in one
        // pass: looking for each to the end of the file would read the file again for every comment.
        int end = -1;
        int from = 0;
        while (from < rest.Length && rest[from..].IndexOf("--", StringComparison.Ordinal) is >= 0 and var dashes)
        {
            int at = from + dashes;
            if (at + 2 < rest.Length && rest[at + 2] == '>')
            {
                end = at;
                break;
            }

            if (at + 3 < rest.Length && rest[at + 2] == '!' && rest[at + 3] == '>')
            {
                _position = start + at + 4;
                Type = MarkupToken.Comment;
                SetText(start, at, inBuffer: false);
                return true;
            }

            from = at + 1;
        }

        if (end < 0)
        {
            // A comment cut off by the end of the file holds the rest, less the dashes that began its close.
            int text = rest.Length;
            for (int dashes = 0; dashes < 2 && text > 0 && rest[text - 1] == '-'; dashes++)
            {
                text--;
            }

            _position = _html.Length;
            Type = MarkupToken.Comment;
            SetText(start, text, inBuffer: false);
            return true;
        }

        _position = start + end + 3;
        Type = MarkupToken.Comment;
        SetText(start, end, inBuffer: false);
        return true;
    }

    private bool BogusComment(int start)
    {
        int close = _html.AsSpan(start).IndexOf('>');
        int end = close < 0 ? _html.Length : start + close;
        _position = close < 0 ? _html.Length : end + 1;
        Type = MarkupToken.Comment;
        SetText(start, end - start, inBuffer: false);
        return true;
    }

    /// <summary>Resolves the character reference at <paramref name="i"/> (an '&amp;') into the buffer and moves past it.</summary>
    private void CharacterReference(ref int i, bool inAttribute)
    {
        int end = _html.Length;
        int at = i + 1;
        if (at < end && _html[at] == '#')
        {
            NumericReference(ref i);
            return;
        }

        int nameEnd = at;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(_html[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == at)
        {
            Append('&');
            i = at;
            return;
        }

        var name = _html.AsMemory(at, nameEnd - at);
        if (nameEnd < end && _html[nameEnd] == ';')
        {
            var symbol = NamedReferences.Resolve(_html.AsSpan(at, nameEnd - at + 1));
            if (symbol is not null)
            {
                Append(symbol);
                i = nameEnd + 1;
                return;
            }
        }

        // A name that begins with one of the old entities allowed without ';' ("&amp", "&copy", ...).
        int legacy = 0;
        for (int length = Math.Min(NamedReferences.LongestLegacyName, name.Length); length >= 2 && legacy == 0; length--)
        {
            if (NamedReferences.Resolve(name.Span[..length]) is not null)
            {
                legacy = length;
            }
        }

        if (legacy > 0)
        {
            // In text the old name is read whatever follows ("&copy 2024", "&amp1"); in an attribute
            // only when no letter, digit or '=' follows, so that "?a=1&copy=2" stays as written.
            char following = at + legacy < end ? _html[at + legacy] : '\0';
            if (!inAttribute || (!char.IsAsciiLetterOrDigit(following) && following != '='))
            {
                Append(NamedReferences.Resolve(name.Span[..legacy]));
                i = at + legacy;
                return;
            }
        }

        // Not a reference: the ampersand and the name stay as text.
        Append('&');
        i = at;
    }

    private void NumericReference(ref int i)
    {
        int at = i + 2;
        bool hex = at < _html.Length && _html[at] is 'x' or 'X';
        int digitsStart = hex ? at + 1 : at;
        int digitsEnd = digitsStart;
        while (digitsEnd < _html.Length && (hex ? char.IsAsciiHexDigit(_html[digitsEnd]) : char.IsAsciiDigit(_html[digitsEnd])))
        {
            digitsEnd++;
        }

        if (digitsEnd == digitsStart)
        {
            // "&#" (or "&#x") without digits stays as text.
            Append(_html.AsSpan(i, digitsStart - i));
            i = digitsStart;
            return;
        }

        // As the standard reads them: past U+10FFFF the value stays out of range however many digits follow.
        int value = 0;
        foreach (char digit in _html.AsSpan(digitsStart, digitsEnd - digitsStart))
        {
            value = Math.Min(0x110000, (value * (hex ? 16 : 10)) + (char.IsAsciiDigit(digit) ? digit - '0' : (digit | 0x20) - 'a' + 10));
        }

        value = value switch
        {
            0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => 0xFFFD,
            // References to U+0080..U+009F stand for the windows-1252 characters at those bytes.
            >= 0x80 and <= 0x9F => TextDecoding.Windows1252High[value - 0x80],
            _ => value,
        };
        Append(char.ConvertFromUtf32(value));
        // The semicolon may be missing (an error the standard forgives).
        i = digitsEnd < _html.Length && _html[digitsEnd] == ';' ? digitsEnd + 1 : digitsEnd;
    }

    // A later attribute of a name the tag already has is dropped, as the standard says.
    private bool IsNewAttribute(Range name)
    {
        var span = Span(name);
        if (_attributes.Count < FewAttributes)
        {
            foreach (var attribute in _attributes)
            {
                if (Span(attribute.Name).SequenceEqual(span))
                {
                    return false;
                }
            }

            return true;
        }

        if (_manyNames.Count == 0)
        {
            foreach (var attribute in _attributes)
            {
                _manyNames.Add(Span(attribute.Name).ToString());
            }
        }

        return _manyNames.GetAlternateLookup<ReadOnlySpan<char>>().Add(span);
    }

    // A tag or attribute name, lower-cased in the buffer only when it has upper-case letters.
    private Range NameRange(int start, int length)
    {
        var name = _html.AsSpan(start, length);
        if (!name.ContainsAnyInRange('A', 'Z'))
        {
            return new Range(start, length, InBuffer: false);
        }

        int at = _buffered;
        Reserve(length);
        name.ToLowerInvariant(_buffer.AsSpan(at, length));
        _buffered += length;
        return new Range(at, length, InBuffer: true);
    }

    private Range ValueRange(int start, int end)
    {
        if (_html.AsSpan(start, end - start).IndexOf('&') < 0)
        {
            return new Range(start, end - start, InBuffer: false);
        }

        int at = _buffered;
        AppendDecoded(start, end, inAttribute: true);
        return new Range(at, _buffered - at, InBuffer: true);
    }

    // Copies the text from start to end into the buffer with its character references resolved. A
    // reference never reaches past the end: the quote, delimiter or '<' there stops its name.
    private void AppendDecoded(int start, int end, bool inAttribute)
    {
        int i = start;
        while (i < end)
        {
            int amp = _html.AsSpan(i, end - i).IndexOf('&');
            int stop = amp < 0 ? end : i + amp;
            Append(_html.AsSpan(i, stop - i));
            i = stop;
            if (i < end)
            {
                CharacterReference(ref i, inAttribute);
            }
        }
    }

    private ReadOnlySpan<char> Span(Range range) =>
        range.InBuffer ? _buffer.AsSpan(range.Start, range.Length) : _html.AsSpan(range.Start, range.Length);

    private void SetText(int start, int length, bool inBuffer)
    {
        _textStart = start;
        _textLength = length;
        _textInBuffer = inBuffer;
    }

    private void Append(char c)
    {
        Reserve(1);
        _buffer[_buffered++] = c;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_buffered));
        _buffered += text.Length;
    }

    private void Reserve(int more)
    {
        if (_buffered + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _buffered + more));
        }
    }

    // A tag cut off by the end of the file is dropped and the file ends there, as the standard
    // says (a report cut short mid-tag keeps everything before the tag).
    private bool EndInsideTag()
    {
        _position = _html.Length;
        Type = MarkupToken.EndOfFile;
        return true;
    }

    private readonly record struct Range(int Start, int Length, bool InBuffer);

    private readonly record struct AttributeRange(Range Name, Range Value);
}
