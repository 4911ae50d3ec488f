using System.Globalization;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Clerk.Rules.Loading;

/// <summary>
/// Reads typed values out of a YAML node tree and, when a value is missing or malformed, throws an error that
/// names the data file, the line and column, the key and what was expected.
/// </summary>
internal readonly struct YamlNodeReader(string file, YamlMappingNode node)
{
    public string File { get; } = file;

    public YamlMappingNode Node { get; } = node;

    public string Where => $"{File}:{Node.Start.Line}:{Node.Start.Column}";

    public YamlNode? Find(string key) =>
        Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string String(string key) =>
        OptionalString(key) ?? throw Fail(key, "a value");

    public string? OptionalString(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return null;
        }

        return value is YamlScalarNode { Value: { } text } ? text.Trim() : throw Fail(key, "a scalar value", value);
    }

    public int Int(string key)
    {
        var text = String(key);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Fail(key, $"an integer, not '{text}'");
    }

    public bool Bool(string key, bool fallback)
    {
        var text = OptionalString(key);
        return text switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw Fail(key, $"true or false, not '{text}'"),
        };
    }

    public LocalDate Date(string key) =>
        OptionalDate(key) ?? throw Fail(key, "a date (yyyy-MM-dd)");

    public LocalDate? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return TryParseIsoDate(text, out var date) ? date : throw Fail(key, $"a date (yyyy-MM-dd), not '{text}'");
    }

    // Parsed by hand: NodaTime's pattern engine costs tens of milliseconds to initialise, and start-up matters here.
    private static bool TryParseIsoDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    public IEnumerable<YamlNodeReader> Maps(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Fail(key, "a list", value);
        }

        var file = File;
        return sequence.Children.Select(child => child is YamlMappingNode map
            ? new YamlNodeReader(file, map)
            : throw new InvalidDataException($"{file}:{child.Start.Line}:{child.Start.Column}: each item of '{key}' must be a mapping."));
    }

    public YamlNodeReader Map(string key) =>
        OptionalMap(key) ?? throw Fail(key, "a mapping");

    public YamlNodeReader? OptionalMap(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlMappingNode map => new YamlNodeReader(File, map),
            _ => throw Fail(key, "a mapping", value),
        };
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var value = Find(key);
        var self = this;
        return value switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children
                .Select(child => child is YamlScalarNode { Value: { } text } ? text.Trim() : throw self.Fail(key, "a list of scalars", child))
                .ToArray(),
            _ => throw Fail(key, "a list", value),
        };
    }

    public T Enum<T>(string key, IReadOnlyDictionary<string, T> names)
    {
        var text = String(key);
        return names.TryGetValue(text, out var parsed)
            ? parsed
            : throw Fail(key, $"one of {string.Join(", ", names.Keys)}, not '{text}'");
    }

    public InvalidDataException Fail(string key, string expected, YamlNode? at = null)
    {
        var start = (at ?? Node).Start;
        return new InvalidDataException($"{File}:{start.Line}:{start.Column}: '{key}' must be {expected}.");
    }
}
