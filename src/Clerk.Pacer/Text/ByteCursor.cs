using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Clerk.Pacer.Text;

/// <summary>
/// A position in a report's bytes, read forward through a window of a megabyte: what finds the
/// markup that delimits a report's parts (all of it ASCII, so found the same in UTF-8 and in
/// Windows-1252) without holding the report.
/// </summary>
internal sealed class ByteCursor(ReportBytes bytes, SafeFileHandle? handle)
{
    private readonly byte[] _window = new byte[1 << 20];
    private long _windowStart;
    private int _filled;

    /// <summary>The offset of the byte the cursor is at.</summary>
    public long Position { get; set; }

    /// <summary>True when the cursor is past the last byte.</summary>
    public bool AtEnd => Position >= bytes.Length;

    /// <summary>Up to <paramref name="count"/> bytes from the cursor (fewer only at the end).</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        var rest = Rest(count);
        return rest[..Math.Min(count, rest.Length)];
    }

    /// <summary>True when the bytes at the cursor are <paramref name="ascii"/>, in any case.</summary>
    public bool At(ReadOnlySpan<byte> ascii) => Ascii.EqualsIgnoreCase(Peek(ascii.Length), ascii);

    /// <summary>True when the cursor is at the start tag (or end tag) <paramref name="tag"/>: its name followed by a space, '/', '>' or the end.</summary>
    public bool AtTag(ReadOnlySpan<byte> tag)
    {
        var here = Peek(tag.Length + 1);
        return here.Length >= tag.Length && Ascii.EqualsIgnoreCase(here[..tag.Length], tag)
            && (here.Length == tag.Length || here[tag.Length] is (byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'/');
    }

    /// <summary>
    /// Moves the cursor to the next <paramref name="ascii"/> at or after it and returns its offset
    /// (letters matched in any case when <paramref name="ignoreCase"/>), or moves to the end and returns -1.
    /// </summary>
    public long Find(ReadOnlySpan<byte> ascii, bool ignoreCase = false)
    {
        byte first = ascii[0];
        byte other = ignoreCase && char.IsAsciiLetter((char)first) ? (byte)(first ^ 0x20) : first;
        while (!AtEnd)
        {
            var rest = Rest(ascii.Length);
            int i = other == first ? rest.IndexOf(first) : rest.IndexOfAny(first, other);
            if (i < 0)
            {
                Position += rest.Length;
                continue;
            }

            Position += i;
            var candidate = Peek(ascii.Length);
            if (ignoreCase ? Ascii.EqualsIgnoreCase(candidate, ascii) : candidate.SequenceEqual(ascii))
            {
                return Position;
            }

            Position++;
        }

        return -1;
    }

    // The window from the cursor to its end, loaded again from the cursor on when fewer than
    // `atLeast` bytes of it are left (fewer only at the end of the report).
    private ReadOnlySpan<byte> Rest(int atLeast)
    {
        if (Position < _windowStart || Position + atLeast > _windowStart + _filled)
        {
            _windowStart = Position;
            _filled = bytes.Read(handle, Position, _window);
        }

        return _window.AsSpan((int)(Position - _windowStart), (int)(_windowStart + _filled - Position));
    }
}
