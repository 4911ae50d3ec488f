using System.Text.Json.Nodes;

namespace Clerk.Pacer.Tests.Conformance;

/// <summary>Compares two JSON documents: object keys in any order, arrays in order, numbers by value.</summary>
public static class JsonDiff
{
    /// <summary>The paths where <paramref name="actual"/> differs from <paramref name="expected"/>, at most <paramref name="limit"/> of them.</summary>
    public static List<string> Differences(JsonNode? expected, JsonNode? actual, int limit = 5)
    {
        var diffs = new List<string>();
        Compare("$", expected, actual, diffs, limit);
        return diffs;
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<string> diffs, int limit)
    {
        if (diffs.Count >= limit)
        {
            return;
        }

        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        diffs.Add($"{path}.{key}: missing (expected {Show(value)})");
                    }
                    else
                    {
                        Compare($"{path}.{key}", value, a[key], diffs, limit);
                    }

                    if (diffs.Count >= limit)
                    {
                        return;
                    }
                }

                foreach (var (key, value) in a)
                {
                    if (!e.ContainsKey(key) && diffs.Count < limit)
                    {
                        diffs.Add($"{path}.{key}: unexpected (actual {Show(value)})");
                    }
                }

                return;
            case (JsonArray e, JsonArray a):
                for (int i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    Compare($"{path}[{i}]", e[i], a[i], diffs, limit);
                }

                if (e.Count != a.Count && diffs.Count < limit)
                {
                    diffs.Add($"{path}: expected {e.Count} items, actual {a.Count}");
                }

                return;
            case (JsonValue e, JsonValue a):
                if (!JsonNode.DeepEquals(e, a))
                {
                    diffs.Add($"{path}: expected {Show(e)}, actual {Show(a)}");
                }

                return;
            default:
                diffs.Add($"{path}: expected {Show(expected)}, actual {Show(actual)}");
                return;
        }
    }

    private static string Show(JsonNode? node)
    {
        var s = node?.ToJsonString() ?? "null";
        return s.Length > 300 ? s[..300] + "…" : s;
    }
}
