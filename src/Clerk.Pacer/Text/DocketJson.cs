using System.Text.Json;
using NodaTime;

namespace Clerk.Pacer.Text;

/// <summary>
/// How every kind of parse writes its JSON values: dates as ISO <c>yyyy-MM-dd</c>, date-times as
/// <c>yyyy-MM-ddTHH:mm:ss</c>, and an absent date, date-time or number as null.
/// </summary>
internal static class DocketJson
{
    // WriteString writes a null value as JSON null.
    public static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date) =>
        writer.WriteString(name, date is { } d ? CourtDate.Iso(d) : null);

    public static void WriteDateTime(Utf8JsonWriter writer, string name, LocalDateTime? dateTime) =>
        writer.WriteString(name, dateTime is { } value ? CourtDate.Iso(value) : null);

    public static void WriteNumber(Utf8JsonWriter writer, string name, long? number)
    {
        if (number is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="values"/> as an array of strings named <paramref name="name"/>.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values) =>
        WriteArray(writer, name, values, static (value, w) => w.WriteStringValue(value));

    /// <summary>
    /// Writes <paramref name="items"/> as an array named <paramref name="name"/>, each by
    /// <paramref name="write"/>, passing on what is written every 64 KiB.
    /// </summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T, Utf8JsonWriter> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item, writer);
            // Entries read from a report's file are not held; neither is their JSON.
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }
}
