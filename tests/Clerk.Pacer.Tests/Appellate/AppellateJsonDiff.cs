using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Clerk.Pacer.Tests.Appellate;

/// <summary>
/// Compares two JSON documents: object key order ignored, array order kept. Reports the first
/// differing paths with the expected and actual values.
/// </summary>
internal static class AppellateJsonDiff
{
    /// <summary>The parse as JSON text; a null parse is the empty object the fixtures use for "not a docket".</summary>
    public static string Serialize(ParsedDocket? docket)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (docket is null)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                docket.WriteJson(writer);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The differences, at most <paramref name="limit"/>; empty when the documents are equal.</summary>
    public static List<string> Differences(string expectedJson, string actualJson, int limit = 8)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        using var actual = JsonDocument.Parse(actualJson);
        var found = new List<string>();
        Compare(expected.RootElement, actual.RootElement, "$", found, limit);
        return found;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> found, int limit)
    {
        if (found.Count >= limit)
        {
            return;
        }

        if (expected.ValueKind != actual.ValueKind && !(IsBool(expected) && IsBool(actual)))
        {
            found.Add($"{path}: expected {Show(expected)}, actual {Show(actual)}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, $"{path}.{property.Name}", found, limit);
                    }
                    else if (found.Count < limit)
                    {
                        found.Add($"{path}.{property.Name}: expected {Show(property.Value)}, actual key missing");
                    }

                    actualNames.Remove(property.Name);
                }

                foreach (var extra in actualNames.Order(StringComparer.Ordinal))
                {
                    if (found.Count < limit)
                    {
                        found.Add($"{path}.{extra}: expected key missing, actual {Show(actual.GetProperty(extra))}");
                    }
                }

                break;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    Compare(expectedItems[i], actualItems[i], $"{path}[{i}]", found, limit);
                }

                if (expectedItems.Count != actualItems.Count && found.Count < limit)
                {
                    found.Add($"{path}: expected {expectedItems.Count} items, actual {actualItems.Count}");
                }

                break;
            case JsonValueKind.String:
                if (expected.GetString() != actual.GetString())
                {
                    found.Add($"{path}: expected {Show(expected)}, actual {Show(actual)}");
                }

                break;
            case JsonValueKind.Number:
                if (expected.GetDecimal() != actual.GetDecimal())
                {
                    found.Add($"{path}: expected {Show(expected)}, actual {Show(actual)}");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind)
                {
                    found.Add($"{path}: expected {Show(expected)}, actual {Show(actual)}");
                }

                break;
        }
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Show(JsonElement e)
    {
        var raw = e.ValueKind switch
        {
            JsonValueKind.String => JsonSerializer.Serialize(e.GetString()),
            JsonValueKind.Object => $"{{object with {e.EnumerateObject().Count().ToString(CultureInfo.InvariantCulture)} keys}}",
            JsonValueKind.Array => $"[array of {e.GetArrayLength().ToString(CultureInfo.InvariantCulture)}]",
            _ => e.GetRawText(),
        };
        return raw.Length > 300 ? raw[..300] + "…" : raw;
    }
}
