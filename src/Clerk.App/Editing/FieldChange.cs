using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clerk.Store.History;

namespace Clerk.App.Editing;

/// <summary>
/// One field that differs between two versions of a record, named as the form's JSON names it
/// (<c>ruling.date</c>, <c>history[1].status</c>), with its value before and after as text; null
/// where the field was empty or the record did not exist.
/// </summary>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    /// <summary>The fields a change to a record touched, in the order the form lists them.</summary>
    public static IReadOnlyList<FieldChange> Of(ChangeRow change) => Between(change.Before, change.After);

    /// <summary>The fields in which two forms differ (what a stale save would have changed).</summary>
    public static IReadOnlyList<FieldChange> Between<T>(T before, T after) => Between(RecordVersion.Json(before), RecordVersion.Json(after));

    /// <summary>
    /// The fields in which two records' JSON differ; null JSON is a record that did not exist. A list of
    /// plain values is one field (its items joined by "; "), a list of objects a field per item's field,
    /// so a charge's new step shows as its own fields. Blank text and an empty list are no value.
    /// </summary>
    public static IReadOnlyList<FieldChange> Between(string? before, string? after)
    {
        var b = Flatten(before);
        var a = Flatten(after);
        var fields = a.Keys.Concat(b.Keys).Distinct(StringComparer.Ordinal);
        return [.. fields
            .Select(f => new FieldChange(f, b.GetValueOrDefault(f), a.GetValueOrDefault(f)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))];
    }

    private static Dictionary<string, string?> Flatten(string? json)
    {
        // Ordered by first appearance: Dictionary keeps insertion order while nothing is removed.
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (json is not null)
        {
            Walk(JsonNode.Parse(json), "", fields);
        }

        return fields;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> fields)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    Walk(value, path.Length == 0 ? name : path + "." + name, fields);
                }

                break;
            case JsonArray list when list.Any(i => i is JsonObject or JsonArray):
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", fields);
                }

                break;
            case JsonArray list:
                var items = list.Select(Text).Where(t => t is not null).ToList();
                fields[path] = items.Count == 0 ? null : string.Join("; ", items);
                break;
            default:
                fields[path] = Text(node);
                break;
        }
    }

    private static string? Text(JsonNode? node)
    {
        if (node is not JsonValue v)
        {
            return null;
        }

        var text = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
