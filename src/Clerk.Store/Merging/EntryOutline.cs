using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Merging;

/// <summary>
/// What a merge needs to know of one docket entry without holding its text: its key, its place, its
/// filing date (what the docket is ordered by), a hash of what <see cref="DocketPlan"/> compares
/// (number, both dates, text), and a hash of the detail of the report's citation of it.
/// </summary>
/// <param name="Sequence">The entry's place: in the stored docket, or in the report's list (from 1).</param>
/// <param name="Content">64 bits of SHA-256 over the number, both dates and the text. Two versions of one entry that differ are taken as equal with a chance of 2⁻⁶⁴.</param>
/// <param name="Cited">The same over the detail of the report's citation of the entry; 0 when the report does not cite it.</param>
internal readonly record struct EntryOutline(string Key, int Sequence, LocalDate? Filed, ulong Content, ulong Cited)
{
    /// <summary>The outline of <paramref name="entry"/>, cited by the report with <paramref name="detail"/> when <paramref name="cited"/>.</summary>
    public static EntryOutline Of(DocketEntry entry, bool cited, string? detail) =>
        new(entry.Key, entry.Sequence, entry.DateFiled, ContentOf(entry.Number, entry.DateFiled, entry.DateEntered, entry.Description), cited ? CitedOf(detail) : 0);

    /// <summary>The hash of what makes two versions of an entry the same (<see cref="DocketPlan"/>'s comparison).</summary>
    public static ulong ContentOf(string? number, LocalDate? filed, LocalDate? entered, string description) =>
        // The number's length first and the text last: no two different values write the same string.
        Hash($"{number?.Length ?? -1}:{number}|{Day(filed)}|{Day(entered)}|{description}");

    /// <summary>The hash of the detail of a citation of an entry; never 0.</summary>
    public static ulong CitedOf(string? detail) => Math.Max(1, Hash(detail is null ? "-" : "+" + detail));

    private static string Day(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "";

    private static ulong Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
