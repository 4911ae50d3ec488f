using System.Text;

namespace Clerk.Rules.Loading;

/// <summary>
/// Reads the subset of YAML the rule data is written in: block mappings and sequences by indentation, plain and
/// double-quoted scalars, folded scalars (<c>&gt;</c>), one-line flow mappings (<c>{ a: 1, b: 2 }</c>) and flow
/// sequences (<c>[a, b]</c>), whole-line comments. Anything else is an error naming the file, line and column.
/// A general YAML library costs about a hundred milliseconds of start-up for these few kilobytes, and a
/// <c>clerk deadline</c> process should answer in well under that.
/// </summary>
internal sealed class DataFileParser
{
    private readonly string _file;
    private readonly List<SourceLine> _lines = [];
    private int _at;

    private DataFileParser(string file, TextReader reader)
    {
        _file = file;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                throw Error(number, raw.IndexOf('\t', StringComparison.Ordinal) + 1, "tabs are not allowed; indent with spaces");
            }

            var text = raw.TrimEnd();
            var indent = text.Length - text.TrimStart().Length;
            if (text.Length == 0 || text[indent] == '#' || text == "---")
            {
                continue;
            }

            _lines.Add(new SourceLine(indent, text[indent..], number));
        }
    }

    /// <summary>Parses one document whose root is a mapping.</summary>
    public static DataMap Parse(string file, TextReader reader)
    {
        var parser = new DataFileParser(file, reader);
        if (parser._lines.Count == 0)
        {
            throw new InvalidDataException($"{file}: the file is empty.");
        }

        var root = parser.Block(parser._lines[0].Indent);
        if (parser._at < parser._lines.Count)
        {
            var (indent, _, line) = parser._lines[parser._at];
            throw parser.Error(line, indent + 1, "unexpected indentation");
        }

        return root as DataMap ?? throw parser.Error(1, 1, "the root must be a mapping");
    }

    private DataNode Block(int indent)
    {
        var (_, text, _) = _lines[_at];
        return text == "-" || text.StartsWith("- ", StringComparison.Ordinal) ? Sequence(indent) : Mapping(indent);
    }

    private DataMap Mapping(int indent)
    {
        var entries = new List<DataEntry>();
        var (startLine, startColumn) = (_lines[_at].Line, indent + 1);
        while (_at < _lines.Count && _lines[_at].Indent == indent && !IsItem(_lines[_at].Text))
        {
            var (_, text, line) = _lines[_at];
            var colon = KeyEnd(text);
            if (colon < 0)
            {
                throw Error(line, indent + 1, $"expected 'key: value', found '{text}'");
            }

            var key = text[..colon].Trim();
            if (Contains(entries, key))
            {
                throw Error(line, indent + 1, $"duplicate key '{key}'");
            }

            var rest = text[(colon + 1)..].Trim();
            _at++;
            var column = indent + 1 + (rest.Length == 0 ? colon + 1 : text.IndexOf(rest, colon + 1, StringComparison.Ordinal));
            entries.Add(new DataEntry(key, Value(rest, indent, line, column)));
        }

        return new DataMap(entries, startLine, startColumn);
    }

    private DataList Sequence(int indent)
    {
        var items = new List<DataNode>();
        var startLine = _lines[_at].Line;
        while (_at < _lines.Count && _lines[_at].Indent == indent && IsItem(_lines[_at].Text))
        {
            var (_, text, line) = _lines[_at];
            var rest = text.Length > 1 ? text[2..].Trim() : "";
            if (rest.Length > 0 && rest[0] is not ('{' or '[' or '"') && KeyEnd(rest) > 0)
            {
                // "- key: value" opens a mapping whose other keys are indented to the first key's column.
                _lines[_at] = new SourceLine(indent + 2, rest, line);
                items.Add(Mapping(indent + 2));
            }
            else
            {
                _at++;
                items.Add(Value(rest, indent, line, indent + 3));
            }
        }

        return new DataList(items, startLine, indent + 1);
    }

    private DataNode Value(string rest, int indent, int line, int column)
    {
        if (rest.Length == 0)
        {
            if (_at < _lines.Count && (_lines[_at].Indent > indent || (_lines[_at].Indent == indent && IsItem(_lines[_at].Text))))
            {
                return Block(_lines[_at].Indent);
            }

            return new DataScalar("", line, column);
        }

        return rest[0] switch
        {
            '>' or '|' => Folded(rest, indent, line, column),
            '{' => FlowMap(rest, line, column),
            '[' => FlowList(rest, line, column),
            '"' => new DataScalar(Quoted(rest, line, column), line, column),
            '&' or '*' or '!' => throw Error(line, column, "anchors, aliases and tags are not supported in rule data"),
            _ => new DataScalar(rest, line, column),
        };
    }

    private DataScalar Folded(string rest, int indent, int line, int column)
    {
        if (rest is not (">" or ">-"))
        {
            throw Error(line, column, "only folded scalars ('>' or '>-') are supported");
        }

        var text = new StringBuilder();
        while (_at < _lines.Count && _lines[_at].Indent > indent)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(_lines[_at].Text);
            _at++;
        }

        return new DataScalar(text.ToString(), line, column);
    }

    private DataMap FlowMap(string rest, int line, int column)
    {
        var inner = Inner(rest, '{', '}', line, column);
        var entries = new List<DataEntry>();
        foreach (var part in inner.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = KeyEnd(part);
            if (colon < 0)
            {
                throw Error(line, column, $"expected 'key: value' in a flow mapping, found '{part}'");
            }

            entries.Add(new DataEntry(part[..colon].Trim(), new DataScalar(part[(colon + 1)..].Trim(), line, column)));
        }

        return new DataMap(entries, line, column);
    }

    private DataList FlowList(string rest, int line, int column)
    {
        var inner = Inner(rest, '[', ']', line, column);
        var items = new List<DataNode>();
        foreach (var item in inner.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            items.Add(new DataScalar(item, line, column));
        }

        return new DataList(items, line, column);
    }

    private string Inner(string rest, char open, char close, int line, int column) =>
        rest.Length >= 2 && rest[^1] == close
            ? rest[1..^1]
            : throw Error(line, column, $"a flow collection opened with '{open}' must close with '{close}' on the same line");

    private string Quoted(string rest, int line, int column)
    {
        var text = new StringBuilder();
        for (var i = 1; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case '\\' when i + 1 < rest.Length:
                    text.Append(rest[++i]);
                    break;
                case '"' when i == rest.Length - 1:
                    return text.ToString();
                case '"':
                    throw Error(line, column + i, "text after the closing quote");
                default:
                    text.Append(rest[i]);
                    break;
            }
        }

        throw Error(line, column, "unterminated quoted scalar");
    }

    private static bool Contains(List<DataEntry> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

    /// <summary>The index of the colon that ends a key (followed by a space or the end of the text), or -1.</summary>
    private static int KeyEnd(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ':' && (i == text.Length - 1 || text[i + 1] == ' '))
            {
                return i;
            }

            if (text[i] is '"' or '{' or '[')
            {
                return -1;
            }
        }

        return -1;
    }

    private sealed record SourceLine(int Indent, string Text, int Line);

    private InvalidDataException Error(int line, int column, string message) => new($"{_file}:{line}:{column}: {message}.");
}
