using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clerk.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Clerk.Store;

// How domain values become column values. Every provider uses these, so a value reads back exactly
// as it was written whichever database holds it.

internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    d => new DateOnly(d.Year, d.Month, d.Day),
    d => new LocalDate(d.Year, d.Month, d.Day));

internal sealed class InstantConverter() : ValueConverter<Instant, long>(
    i => i.ToUnixTimeTicks(),
    t => Instant.FromUnixTimeTicks(t));

/// <summary>Stores a <see cref="PartialDate"/> in its text form ("about 2023-02"), which keeps its precision.</summary>
internal sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(
    d => d.ToString(),
    s => PartialDate.Parse(s));

internal sealed class FactRefConverter() : ValueConverter<FactRef, string>(
    f => f.Kind + ":" + f.Key,
    s => ParseFact(s))
{
    internal static FactRef ParseFact(string s)
    {
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        return new FactRef(Enum.Parse<FactKind>(s[..colon]), s[(colon + 1)..]);
    }
}

internal sealed class IdConverter<TId>() : ValueConverter<TId, string>(id => id.Value, text => Make(text))
    where TId : struct, IId<TId>
{
    private static TId Make(string text) => TId.Of(text);
}

/// <summary>Stores small nested values (lists, a ruling, a charge's history) as one JSON text column.</summary>
internal sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    v => JsonSerializer.Serialize(v, StoreJson.Options),
    s => JsonSerializer.Deserialize<T>(s, StoreJson.Options)!);

internal sealed class JsonComparer<T>() : ValueComparer<T>(
    (a, b) => JsonSerializer.Serialize(a, StoreJson.Options) == JsonSerializer.Serialize(b, StoreJson.Options),
    v => JsonSerializer.Serialize(v, StoreJson.Options).GetHashCode(StringComparison.Ordinal),
    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, StoreJson.Options), StoreJson.Options)!);

internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        // Generated metadata for the column types first: building it by reflection on first use cost
        // a short read (one `clerk case`) more than its queries. Anything else falls back to reflection.
        // Letters, apostrophes and ampersands are written as they are (not \u0027): the search index
        // reads list columns as text (Search/IndexedKind), and escapes would cut words in two.
        var options = new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
                StoreJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new TextJsonConverter<PartialDate>(d => d.ToString(), PartialDate.Parse));
        options.Converters.Add(new TextJsonConverter<PartyId>(d => d.Value, s => new PartyId(s)));
        options.Converters.Add(new TextJsonConverter<JudgeId>(d => d.Value, s => new JudgeId(s)));
        options.Converters.Add(new TextJsonConverter<LocalDate>(
            d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            s => NodaTime.Text.LocalDatePattern.Iso.Parse(s).Value));
        return options;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<PartyId>))]
[JsonSerializable(typeof(IReadOnlyList<ChargeEvent>))]
[JsonSerializable(typeof(Ruling))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;

internal sealed class TextJsonConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
}
