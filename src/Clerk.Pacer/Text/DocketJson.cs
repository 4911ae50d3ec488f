using System.Text.Json;
using NodaTime;

namespace Clerk.Pacer.Text;

/// <summary>How every kind of parse writes a date: ISO <c>yyyy-MM-dd</c>, or null when absent.</summary>
internal static class DocketJson
{
    public static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, LooseDate.Iso(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
