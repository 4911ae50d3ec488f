using System.Text;

namespace Clerk.Pacer.Text;

/// <summary>
/// Turns report bytes into text: UTF-8 where the bytes are valid UTF-8, and each byte that is
/// not read as Windows-1252 (Latin-1 for the five codes 1252 leaves undefined). Files saved
/// from PACER mix the two, so a single invalid byte must not throw nor spoil the rest.
/// </summary>
public static class TextDecoding
{
    /// <summary>The characters windows-1252 gives the bytes 0x80 to 0x9F (the five it leaves undefined stand for themselves).</summary>
    internal static readonly char[] Windows1252High =
    [
        '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
        '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
        '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
        '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; never throws. A UTF-8 byte order mark is dropped.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        var sb = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                int n = rune.EncodeToUtf16(pair);
                sb.Append(pair[..n]);
                bytes = bytes[consumed..];
                continue;
            }

            byte b = bytes[0];
            sb.Append(b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b);
            bytes = bytes[1..];
        }

        return sb.ToString();
    }
}
