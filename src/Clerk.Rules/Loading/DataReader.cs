using System.Globalization;
using NodaTime;

namespace Clerk.Rules.Loading;

/// <summary>
/// Reads typed values out of a data-file node tree and, when a value is missing or malformed, throws an error that
/// names the data file, the line and column, the key and what was expected.
/// </summary>
internal sealed class DataReader(string file, DataMap node)
{
    public string File { get; } = file;

    public DataMap Node { get; } = node;

    public string Where => $"{File}:{Node.Line}:{Node.Column}";

    public DataNode? Find(string key) => Node.Find(key);

    public string String(string key) =>
        OptionalString(key) ?? throw Fail(key, "a value");

    public string? OptionalString(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return null;
        }

        return value is DataScalar { Value: var text } ? text.Trim() : throw Fail(key, "a scalar value", value);
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

    public IReadOnlyList<DataReader> Maps(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return [];
        }

        if (value is not DataList sequence)
        {
            throw Fail(key, "a list", value);
        }

        var maps = new List<DataReader>(sequence.Items.Count);
        foreach (var child in sequence.Items)
        {
            maps.Add(child is DataMap map
                ? new DataReader(File, map)
                : throw new InvalidDataException($"{File}:{child.Line}:{child.Column}: each item of '{key}' must be a mapping."));
        }

        return maps;
    }

    public DataReader Map(string key) =>
        OptionalMap(key) ?? throw Fail(key, "a mapping");

    public DataReader? OptionalMap(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            DataMap map => new DataReader(File, map),
            _ => throw Fail(key, "a mapping", value),
        };
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var value = Find(key);
        if (value is null)
        {
            return [];
        }

        if (value is not DataList sequence)
        {
            throw Fail(key, "a list", value);
        }

        var strings = new List<string>(sequence.Items.Count);
        foreach (var child in sequence.Items)
        {
            strings.Add(child is DataScalar { Value: var text } ? text.Trim() : throw Fail(key, "a list of scalars", child));
        }

        return strings;
    }

    /// <summary>The value of <paramref name="key"/>, which must be one of <paramref name="accepted"/>; its index there.</summary>
    public int Choice(string key, params string[] accepted)
    {
        var text = String(key);
        var index = Array.IndexOf(accepted, text);
        return index >= 0 ? index : throw Fail(key, $"one of {string.Join(", ", accepted)}, not '{text}'");
    }

    public InvalidDataException Fail(string key, string expected, DataNode? at = null)
    {
        var node = at ?? Find(key) ?? Node;
        return new InvalidDataException($"{File}:{node.Line}:{node.Column}: '{key}' must be {expected}.");
    }
}
