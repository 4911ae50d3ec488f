using Microsoft.Win32.SafeHandles;

namespace Clerk.Pacer.Text;

/// <summary>
/// The bytes of a report: held in memory, or left in their file and read a range at a time, so that
/// a report of any size is read in pieces without ever being held whole.
/// </summary>
internal sealed class ReportBytes
{
    private readonly ReadOnlyMemory<byte> _memory;
    private readonly DateTime _written;

    private ReportBytes(ReadOnlyMemory<byte> memory, string? path, long length, DateTime written)
    {
        _memory = memory;
        Path = path;
        Length = length;
        _written = written;
    }

    /// <summary>How many bytes the report has.</summary>
    public long Length { get; }

    /// <summary>The file the bytes are read from; null for bytes held in memory.</summary>
    public string? Path { get; }

    public static ReportBytes Of(ReadOnlyMemory<byte> bytes) => new(bytes, null, bytes.Length, default);

    /// <summary>The bytes of the file at <paramref name="path"/>, read when asked for.</summary>
    public static ReportBytes OfFile(string path)
    {
        var info = ReportFiles.Target(path);
        return new ReportBytes(default, path, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>
    /// A handle to read the file through, to be disposed by the caller; null for bytes in memory.
    /// </summary>
    /// <exception cref="IOException">The file is no longer the one that was measured: a report read in
    /// pieces must not change between the pieces.</exception>
    public SafeFileHandle? Open()
    {
        if (Path is null)
        {
            return null;
        }

        var handle = File.OpenHandle(Path);
        var info = ReportFiles.Target(Path);
        if (info.Length != Length || info.LastWriteTimeUtc != _written)
        {
            handle.Dispose();
            throw new IOException($"{Path}: the file changed while it was being read ({Length} bytes before, {info.Length} now)");
        }

        return handle;
    }

    /// <summary>Reads from <paramref name="offset"/> into <paramref name="buffer"/>; fewer bytes than asked only at the end.</summary>
    public int Read(SafeFileHandle? handle, long offset, Span<byte> buffer)
    {
        if (handle is null)
        {
            int n = (int)Math.Clamp(Length - offset, 0, buffer.Length);
            _memory.Span.Slice((int)offset, n).CopyTo(buffer);
            return n;
        }

        int total = 0;
        while (total < buffer.Length)
        {
            int read = RandomAccess.Read(handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>The bytes from <paramref name="from"/> up to <paramref name="to"/> (excluded).</summary>
    public byte[] Range(SafeFileHandle? handle, long from, long to)
    {
        var bytes = new byte[to - from];
        int n = Read(handle, from, bytes);
        if (n != bytes.Length)
        {
            throw new IOException($"{Path}: the file ends at byte {from + n}, before byte {to}");
        }

        return bytes;
    }

    /// <summary>The text of the bytes from <paramref name="from"/> up to <paramref name="to"/> (excluded), decoded as <see cref="TextDecoding"/> does.</summary>
    public string Text(SafeFileHandle? handle, long from, long to) =>
        Path is null ? TextDecoding.Decode(_memory.Span[(int)from..(int)to]) : TextDecoding.Decode(Range(handle, from, to));
}
