using System.Globalization;
using Clerk.Domain;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Clerk.Store.MatterFiles;

/// <summary>
/// Reads the fields of one YAML mapping, recording an error with its line for every field that is
/// missing, of the wrong type, or not one of the keys the mapping may have. Reading goes on after
/// an error so that one pass reports every problem in the file.
/// </summary>
internal sealed class YamlCursor
{
    private readonly List<MatterFileError> _errors;
    private readonly string _file;
    private readonly HashSet<string> _allowed;

    public YamlCursor(string file, YamlNode node, List<MatterFileError> errors, string what, params string[] keys)
    {
        _file = file;
        _errors = errors;
        _allowed = [.. keys];
        Line = Lines.Of(node);
        What = what;
        if (node is YamlMappingNode map)
        {
            Map = map;
            foreach (var key in map.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: { } k })
                {
                    // A complex key ("? [a, b] : c") is valid YAML but names no field; ignoring it would drop what it holds.
                    Error(key, $"expected a key in {what} to be a plain name (one of: {string.Join(", ", keys)}), not a list or mapping");
                }
                else if (!_allowed.Contains(k))
                {
                    Error(key, $"unknown key \"{k}\" in {what}; expected one of: {string.Join(", ", keys)}");
                }
            }
        }
        else
        {
            Map = new YamlMappingNode();
            Error(node, $"expected {what} as a mapping of keys to values");
        }
    }

    public YamlMappingNode Map { get; }

    public int Line { get; }

    public string What { get; }

    public void Error(YamlNode node, string message) => _errors.Add(new MatterFileError(_file, Lines.Of(node), message));

    public void Error(string message) => _errors.Add(new MatterFileError(_file, Line, message));

    public YamlNode? Node(string key) =>
        Map.Children.TryGetValue(new YamlScalarNode(key), out var v) && !IsNull(v) ? v : null;

    public int LineOf(string key) => Node(key) is { } n ? Lines.Of(n) : Line;

    /// <summary>A text field; records "missing" when required and absent.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Error($"{What} needs \"{key}\"");
            }

            return null;
        }

        if (node is YamlScalarNode s)
        {
            return s.Value ?? "";
        }

        Error(node, $"expected \"{key}\" to be text");
        return null;
    }

    public string RequiredText(string key) => Text(key, required: true) ?? "";

    /// <summary>The fact's id: required, and not empty or only spaces (such an id cannot be named on the command line).</summary>
    public string Id()
    {
        var id = Text("id", required: true);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            Error(Node("id")!, $"\"id\" of {What} is empty; expected an id such as \"smith-v-jones\"");
        }

        return id ?? "";
    }

    public int? Int(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Node(key)!, $"expected \"{key}\" to be a whole number, got \"{text}\"");
        return null;
    }

    public LocalDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Error(Node(key)!, PartialDate.TryParse(text, out _, out var why) || why.Contains("exists", StringComparison.Ordinal)
            ? $"expected \"{key}\" to be a date that exists, as YYYY-MM-DD; got \"{text}\""
            : $"expected \"{key}\" to be a date as YYYY-MM-DD, got \"{text}\"");
        return null;
    }

    public PartialDate? Partial(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var why))
        {
            return date;
        }

        Error(Node(key)!, $"\"{key}\": {why}");
        return null;
    }

    /// <summary>An enum written in kebab case ("granted-in-part" for GrantedInPart).</summary>
    public T? Enum<T>(string key, bool required = false)
        where T : struct, Enum
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        // Exactly as written in the format (lower case, hyphens): "Dismissed" is refused rather than guessed.
        if (Kebab.TryParse<T>(text, out var value) && Kebab.Name(value) == text)
        {
            return value;
        }

        var hint = Kebab.TryParse<T>(text, out var near) ? $" (write \"{Kebab.Name(near)}\": values are lower case)" : "";
        Error(Node(key)!, $"expected \"{key}\" to be one of {string.Join(", ", Kebab.Names<T>())}; got \"{text}\"{hint}");
        return null;
    }

    /// <summary>The items of a sequence field, each with a cursor; none when the field is absent.</summary>
    public IEnumerable<YamlNode> Items(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode seq)
        {
            return seq.Children;
        }

        Error(node, $"expected \"{key}\" to be a list");
        return [];
    }

    /// <summary>A list of text values.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> TextList(string key)
    {
        var list = new List<(string, YamlNode)>();
        foreach (var item in Items(key))
        {
            if (item is YamlScalarNode { Value: { } v })
            {
                list.Add((v, item));
            }
            else
            {
                Error(item, $"expected each item of \"{key}\" to be text");
            }
        }

        return list;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" };
}

internal static class Lines
{
    public static int Of(YamlNode node) => (int)node.Start.Line;
}
