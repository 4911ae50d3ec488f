using System.Text;

namespace Clerk.Store.MatterFiles;

/// <summary>
/// Reads a text file the way Clerk's files are specified: UTF-8 (or UTF-16 with its byte-order
/// mark). File.ReadAllText would turn bytes of another encoding (Latin-1 é is the byte E9) into
/// U+FFFD and store that silently; here they are a problem with a line.
/// </summary>
public static class TextFile
{
    /// <summary>The text of <paramref name="path"/>, or false with the line (0: not about a line) and the problem.</summary>
    public static bool TryRead(string path, out string text, out int line, out string problem)
    {
        text = "";
        line = 0;
        problem = "";
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                problem = "is a folder; expected a file";
                return false;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the file: {e.Message}";
            return false;
        }

        var (encoding, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false, true), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
            _ => (new UTF8Encoding(false, true), 0),
        };
        try
        {
            text = encoding.GetString(bytes, skip, bytes.Length - skip);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var at = skip + Math.Max(e.Index, 0);
            line = 1 + bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n');
            var shown = e.BytesUnknown is { Length: > 0 } b ? string.Join(' ', b.Select(x => $"0x{x:X2}")) : "a byte";
            problem = $"{shown} is not {encoding.WebName.ToUpperInvariant()} text; save the file as UTF-8 (it looks like another encoding, such as Latin-1)";
            return false;
        }
    }
}
