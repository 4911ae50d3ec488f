using System.Text.Json;
using Clerk.Domain;

namespace Clerk.Store.Reading;

/// <summary>
/// Reads the JSON columns that <see cref="JsonColumnConverter{T}"/> writes (lists, a ruling, a
/// charge's history) on the read path without System.Text.Json's serializer. The serializer's code
/// for Clerk's value types cannot be compiled ahead of time (it crosses assemblies), so a short
/// process compiled about 350 of its methods on first use, over a third of a <c>clerk case</c>; a
/// parsed document needs none. Writing stays with the serializer; a test holds the two to each other.
/// </summary>
internal static class ColumnJson
{
    /// <summary>The reader of a column of <paramref name="type"/>, or null when the type is not stored as JSON.</summary>
    public static Func<string, object>? ReaderFor(Type type) =>
        type == typeof(IReadOnlyList<string>) ? text => Read(text, e => Array(e, Text))
        : type == typeof(IReadOnlyList<PartyId>) ? text => Read(text, e => Array(e, x => new PartyId(Text(x))))
        : type == typeof(IReadOnlyList<ChargeEvent>) ? text => Read(text, e => Array(e, ChargeEvent))
        : type == typeof(Ruling) ? text => Read(text, Ruling)
        : null;

    private static object Read(string text, Func<JsonElement, object> read)
    {
        using var document = JsonDocument.Parse(text);
        return read(document.RootElement);
    }

    private static List<T> Array<T>(JsonElement array, Func<JsonElement, T> item)
    {
        var list = new List<T>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            list.Add(item(element));
        }

        return list;
    }

    private static ChargeEvent ChargeEvent(JsonElement e) =>
        new(Status(Text(e.GetProperty("status"))), Optional(e, "date") is { } date ? PartialDate.Parse(date) : null, Optional(e, "detail"));

    private static Ruling Ruling(JsonElement e) =>
        new(PartialDate.Parse(Text(e.GetProperty("date"))),
            e.TryGetProperty("entry_sequence", out var sequence) && sequence.ValueKind == JsonValueKind.Number ? sequence.GetInt32() : null,
            Optional(e, "judge") is { } judge ? new JudgeId(judge) : null);

    // Written in snake case (StoreJson's enum converter): "dismissed_without_prejudice".
    private static ChargeStatus Status(string text)
    {
        foreach (var status in Enum.GetValues<ChargeStatus>())
        {
            if (Chronology.Split(status.ToString(), '_') == text)
            {
                return status;
            }
        }

        throw new JsonException($"\"{text}\" is not a charge status");
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Text(value) : null;

    private static string Text(JsonElement e) => e.GetString() ?? throw new JsonException("expected a string, found null");
}
