using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Clerk.App.Editing;

/// <summary>
/// A record's version: a hash of the record as its form shows it (its citations included). Any change
/// to the record, by an edit, an import or a matter file, gives it another version, so a write based
/// on an older read is refused whatever changed it; no counter has to be kept by every writer.
/// </summary>
public static class RecordVersion
{
    /// <summary>The first 16 bytes of the SHA-256 of the form's JSON, as 32 hex digits.</summary>
    public static string Of<T>(T form) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(form, FormJson.Options)).AsSpan(0, 16));

    /// <summary>The JSON of a form, as history keeps it.</summary>
    public static string Json<T>(T form) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(form, FormJson.Options));
}
