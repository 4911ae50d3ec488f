using System.Text.Json;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Acms;

/// <summary>
/// Where a large ACMS report's parts lie in its bytes, found by reading the JSON once as a stream:
/// the <c>caseDetails</c> object and each item of <c>docketInfo.docketEntries</c>. The details are
/// then parsed alone and each entry on its own as it is read, so the report is never held whole.
/// </summary>
internal sealed class AcmsEntrySpans
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly ReportBytes _bytes;
    private readonly List<(long Start, long End)> _entries;

    private AcmsEntrySpans(ReportBytes bytes, (long Start, long End) details, List<(long Start, long End)> entries)
    {
        _bytes = bytes;
        Details = details;
        _entries = entries;
    }

    /// <summary>The byte range of the <c>caseDetails</c> object.</summary>
    public (long Start, long End) Details { get; }

    /// <summary>How many items <c>docketInfo.docketEntries</c> has.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The spans of <paramref name="bytes"/>, or null when the report is not simply an object with one
    /// <c>caseDetails</c> object and one <c>docketInfo</c> object whose <c>docketEntries</c> (once at
    /// most) is a list; when the JSON is malformed, too deep or not UTF-8; or when a member is
    /// named twice. The whole-text parse then decides, and says why.
    /// </summary>
    public static AcmsEntrySpans? Find(ReportBytes bytes)
    {
        using var handle = bytes.Open();
        var scan = new Scan();
        var buffer = new byte[1 << 20];
        long bufferStart = StartsWithByteOrderMark(bytes, handle) ? ByteOrderMark.Length : 0;
        var filled = 0;
        var state = new JsonReaderState();
        try
        {
            while (true)
            {
                filled += bytes.Read(handle, bufferStart + filled, buffer.AsSpan(filled));
                var final = bufferStart + filled >= bytes.Length;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
                while (reader.Read())
                {
                    if (!scan.Token(ref reader, bufferStart))
                    {
                        return null;
                    }
                }

                if (final)
                {
                    break;
                }

                // What the reader left (a token cut by the buffer's end) moves to the front; a token
                // longer than the buffer doubles it.
                var consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                (bufferStart, filled) = (bufferStart + consumed, filled - consumed);
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return scan.Complete && scan.Details is { } details ? new AcmsEntrySpans(bytes, details, scan.Entries) : null;
    }

    /// <summary>The text of <c>caseDetails</c>.</summary>
    public string DetailsText()
    {
        using var handle = _bytes.Open();
        return _bytes.Text(handle, Details.Start, Details.End);
    }

    /// <summary>Each entry's JSON text with its index, read from the report as they are enumerated.</summary>
    /// <exception cref="IOException">The report's file changed since the spans were found.</exception>
    public IEnumerable<(string Json, int Index)> EntryTexts()
    {
        using var handle = _bytes.Open();
        for (var i = 0; i < _entries.Count; i++)
        {
            yield return (_bytes.Text(handle, _entries[i].Start, _entries[i].End), i);
        }
    }

    private static bool StartsWithByteOrderMark(ReportBytes bytes, Microsoft.Win32.SafeHandles.SafeFileHandle? handle)
    {
        Span<byte> head = stackalloc byte[3];
        return bytes.Read(handle, 0, head) == 3 && head.SequenceEqual(ByteOrderMark);
    }

    // The state of the one pass over the tokens: where the members of interest start and end.
    private sealed class Scan
    {
        private enum Member
        {
            Other,
            Details,
            Info,
            Entries,
        }

        private Member _value;
        private long _start;
        private bool _inInfo;
        private bool _inEntries;
        private bool _sawInfo;
        private bool _sawEntries;

        public (long Start, long End)? Details { get; private set; }

        public List<(long Start, long End)> Entries { get; } = [];

        /// <summary>True once the root object has closed with a docketInfo object in it.</summary>
        public bool Complete { get; private set; }

        // Reads one token at absolute offset `at` + its index; false when the report is not of the simple shape.
        public bool Token(ref Utf8JsonReader reader, long at)
        {
            var depth = reader.CurrentDepth;
            var start = at + reader.TokenStartIndex;
            var end = at + reader.BytesConsumed;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when depth == 1:
                    _value = reader.ValueTextEquals("caseDetails"u8) ? Member.Details : reader.ValueTextEquals("docketInfo"u8) ? Member.Info : Member.Other;
                    return !(_value == Member.Details && Details is not null) && !(_value == Member.Info && _sawInfo);
                case JsonTokenType.PropertyName when depth == 2 && _inInfo:
                    _value = reader.ValueTextEquals("docketEntries"u8) ? Member.Entries : Member.Other;
                    return !(_value == Member.Entries && _sawEntries);
                case JsonTokenType.StartObject when depth == 0:
                    return true;
                case JsonTokenType.EndObject when depth == 0:
                    Complete = _sawInfo;
                    return true;
            }

            if (depth == 0)
            {
                // The root is not an object.
                return false;
            }

            var opens = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            var closes = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
            if (depth == 1 && _value == Member.Details)
            {
                // caseDetails must be an object; its end comes back to depth 1.
                if (opens)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        return false;
                    }

                    _start = start;
                }
                else if (closes)
                {
                    Details = (_start, end);
                    _value = Member.Other;
                }
                else
                {
                    return false;
                }
            }
            else if (depth == 1 && (_value == Member.Info || _inInfo))
            {
                // docketInfo must be an object; its members' names change _value, so its end is known by _inInfo.
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    _inInfo = true;
                }
                else if (reader.TokenType == JsonTokenType.EndObject)
                {
                    (_inInfo, _sawInfo, _value) = (false, true, Member.Other);
                }
                else
                {
                    return false;
                }
            }
            else if (depth == 2 && _inInfo && _value == Member.Entries)
            {
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    _inEntries = true;
                }
                else if (reader.TokenType == JsonTokenType.EndArray)
                {
                    (_inEntries, _sawEntries, _value) = (false, true, Member.Other);
                }
                else
                {
                    // Not a list: the whole-text parse says so.
                    return false;
                }
            }
            else if (depth == 3 && _inEntries)
            {
                // An entry: a value of its own, or the start or end of one that nests.
                if (opens)
                {
                    _start = start;
                }
                else
                {
                    Entries.Add((closes ? _start : start, end));
                }
            }
            else if (depth == 2 && _inInfo && !closes && !opens)
            {
                // Another member's plain value.
                _value = Member.Other;
            }

            return true;
        }
    }
}
