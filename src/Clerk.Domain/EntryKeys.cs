using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Clerk.Domain;

/// <summary>
/// How a docket entry gets a key that survives re-imports. A numbered entry is named by the court's
/// document number (<c>n12</c>); an unnumbered one by its filing date and a hash of its exact text
/// (<c>d20230823-5f0c2a91e4</c>, <c>d-…</c> when undated). Entries of one case with the same such key
/// are told apart by their order among equals: the second is <c>…~2</c>, the third <c>…~3</c>.
/// A report that is imported again yields the same keys, so nothing that cites an entry is re-keyed.
/// </summary>
public static class EntryKeys
{
    /// <summary>The key of the first entry with this number, or this date and text.</summary>
    public static string Base(string? number, LocalDate? filed, string description)
    {
        if (number is { Length: > 0 })
        {
            return "n" + number;
        }

        var date = filed is { } d ? d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "";
        return $"d{date}-{TextHash(description)}";
    }

    /// <summary>The key of the <paramref name="occurrence"/>-th entry (1-based) with the base key <paramref name="baseKey"/>.</summary>
    public static string Nth(string baseKey, int occurrence) =>
        occurrence <= 1 ? baseKey : baseKey + "~" + occurrence.ToString(CultureInfo.InvariantCulture);

    // Ten hex digits (40 bits) of SHA-256: two different texts filed on one day collide with
    // negligible chance, and a collision only makes the second entry "~2", never loses it.
    private static string TextHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];

    /// <summary>
    /// Gives keys to a case's entries in docket order: each entry's base key, made unique by its
    /// order among equals. Readers of a whole docket (matter files, report mapping) use one counter.
    /// </summary>
    public sealed class Counter
    {
        private readonly Dictionary<CaseId, CaseKeys> _cases = [];

        /// <summary>The key for the next entry of <paramref name="case"/> with these values.</summary>
        public string Next(CaseId @case, string? number, LocalDate? filed, string description)
        {
            if (!_cases.TryGetValue(@case, out var keys))
            {
                keys = new CaseKeys();
                _cases[@case] = keys;
            }

            return keys.Next(number, filed, description);
        }

        // One case's keys so far. A docket can hold a million entries, nearly all numbered once: such
        // numbers are kept as numbers (16 bytes each, where a key string and its slot took 90), and a
        // key is counted by name only from its second occurrence on, or when it is not a plain number.
        private sealed class CaseKeys
        {
            private readonly HashSet<long> _numbersOnce = [];
            private readonly Dictionary<string, int> _counted = [];

            public string Next(string? number, LocalDate? filed, string description)
            {
                var key = Base(number, filed, description);
                if (PlainNumber(number) is { } n && !_counted.ContainsKey(key))
                {
                    if (_numbersOnce.Add(n))
                    {
                        return key;
                    }

                    _numbersOnce.Remove(n);
                    _counted[key] = 1;
                }

                var count = _counted.GetValueOrDefault(key) + 1;
                _counted[key] = count;
                return Nth(key, count);
            }

            // The number when the text is exactly its decimal digits (no sign, no leading zero, so
            // that the key "n" + text is "n" + the number written again), else null.
            private static long? PlainNumber(string? number) =>
                number is { Length: > 0 and <= 18 } && (number == "0" || number[0] != '0') && number.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
                    ? long.Parse(number, CultureInfo.InvariantCulture)
                    : null;
        }
    }
}
