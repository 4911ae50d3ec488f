using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clerk.App.Editing;

/// <summary>How forms are written as JSON: snake_case names, as matter files and <c>--json</c> write them.</summary>
public static class FormJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A form's field (<c>Ruling.Date</c>) by its JSON name (<c>ruling.date</c>).</summary>
    public static string FieldName(string field) => string.Join('.', field.Split('.').Select(JsonNamingPolicy.SnakeCaseLower.ConvertName));
}
