using NodaTime;

namespace Clerk.Store.Merging;

/// <summary>What is written of one entry of a report merged by outlines.</summary>
[Flags]
internal enum EntryWrite : byte
{
    None = 0,
    Insert = 1,
    Update = 2,
    InsertCitation = 4,
    UpdateCitation = 8,
}

/// <summary>
/// <see cref="DocketPlan"/>'s merge of a docket's entries, decided over their outlines: for a report
/// too large to hold merged into a case already stored, whose entries are then read a second time and
/// only those to be written are kept. The report's entries are added in its order (<see cref="Add"/>),
/// compared as they come with the stored ones and kept as 16 bytes each; <see cref="Decide"/> then
/// gives the rules' outcome, which is <see cref="DocketPlan.Of"/>'s, row for row.
/// </summary>
/// <param name="stored">The case's entries in docket order, each with its citation by the report if any.</param>
internal sealed class EntryMerge(IReadOnlyList<EntryOutline> stored)
{
    private readonly List<Incoming> _incoming = new(stored.Count);
    private readonly bool[] _listed = new bool[stored.Count];

    // The keys of the report's entries not stored, by their index in the report.
    private readonly Dictionary<int, string> _newKeys = [];

    // The stored entries by key; dropped once every entry of the report is added.
    private Dictionary<string, int>? _storedAt;

    /// <summary>The case's entries in docket order.</summary>
    public IReadOnlyList<EntryOutline> Stored => stored;

    /// <summary>The latest filing date among the entries added.</summary>
    public LocalDate? Latest { get; private set; }

    /// <summary>The number of entries added.</summary>
    public int Count => _incoming.Count;

    /// <summary>Adds the report's next entry.</summary>
    /// <exception cref="ArgumentException">The report lists the entry twice.</exception>
    public void Add(in EntryOutline entry)
    {
        _storedAt ??= Index();
        // A key of the report's that is not stored goes in the index too, as the complement of its index in the report.
        if (!_storedAt.TryAdd(entry.Key, ~_incoming.Count) && (_storedAt[entry.Key] < 0 || _listed[_storedAt[entry.Key]]))
        {
            throw new ArgumentException($"the report lists the entry {entry.Key} twice", nameof(entry));
        }

        var match = Math.Max(-1, _storedAt[entry.Key]);
        if (match < 0)
        {
            _newKeys[_incoming.Count] = entry.Key;
        }
        else
        {
            _listed[match] = true;
        }

        // The report cites every entry it lists, whether or not its text is taken.
        var cited = match < 0 ? 0 : stored[match].Cited;
        var citation = cited == 0 ? EntryWrite.InsertCitation : cited != entry.Cited ? EntryWrite.UpdateCitation : EntryWrite.None;
        _incoming.Add(new Incoming(match, entry.Filed, match >= 0 && entry.Content != stored[match].Content, citation));
        Latest = entry.Filed is { } filed && (Latest is null || filed > Latest) ? filed : Latest;
    }

    /// <summary>The key of the <paramref name="index"/>-th entry added (from 0).</summary>
    public string KeyOf(int index) => _incoming[index].Match is var m and >= 0 ? stored[m].Key : _newKeys[index];

    /// <summary>What merging the entries added writes.</summary>
    /// <param name="newest">Whether the report is the newest of the case's (<see cref="DocketPlan.Newest"/>).</param>
    public EntryDecision Decide(bool newest)
    {
        _storedAt = null;
        var (added, updated, unchanged) = (0, 0, 0);
        foreach (var e in _incoming)
        {
            if (e.Match < 0)
            {
                added++;
            }
            else if (newest && e.ContentDiffers)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        // The newest list sets the order within a day; the stored docket came from the newest report so far.
        // An entry of the report is named by its index, a stored one by the complement of its index.
        var places = new List<Placed>(stored.Count + added);
        if (newest)
        {
            AddDated(places, _incoming.Count, i => _incoming[i].Filed, 0, i => i, i => true);
            AddDated(places, stored.Count, s => stored[s].Filed, 1, s => ~s, s => !_listed[s]);
        }
        else
        {
            AddDated(places, stored.Count, s => stored[s].Filed, 0, s => ~s, s => true);
            AddDated(places, _incoming.Count, i => _incoming[i].Filed, 1, i => i, i => _incoming[i].Match < 0);
        }

        places.Sort();

        var (writes, placeOf, order) = (new EntryWrite[_incoming.Count], new int[_incoming.Count], new int[places.Count]);
        for (var p = 0; p < places.Count; p++)
        {
            var at = order[p] = places[p].Entry;
            if (at >= 0)
            {
                placeOf[at] = p + 1;
                var e = _incoming[at];
                writes[at] = e.Match < 0 ? EntryWrite.Insert : newest && e.ContentDiffers ? EntryWrite.Update : EntryWrite.None;
            }
        }

        // Every entry's citation, placed or not (an entry of an older report that is stored is placed as the stored one).
        for (var i = 0; i < _incoming.Count; i++)
        {
            writes[i] |= _incoming[i].Citation;
        }

        return new EntryDecision(placeOf, writes, Moves(order, writes), new ImportResult(added, updated, unchanged, _listed.Count(l => !l), newest));
    }

    /// <summary><see cref="Add"/> for each of <paramref name="incoming"/>, then <see cref="Decide"/>.</summary>
    public static EntryDecision Of(IReadOnlyList<EntryOutline> stored, IEnumerable<EntryOutline> incoming, bool newest)
    {
        var merge = new EntryMerge(stored);
        foreach (var e in incoming)
        {
            merge.Add(e);
        }

        return merge.Decide(newest);
    }

    // Stored entries whose text stays and whose place changes: every one placed, unless its text is
    // taken from the report (and so written whole), whose place is not its stored one.
    private IEnumerable<(string Key, int Sequence)> Moves(int[] order, EntryWrite[] writes)
    {
        for (var p = 0; p < order.Length; p++)
        {
            var at = order[p];
            if (at >= 0 && (writes[at] & (EntryWrite.Insert | EntryWrite.Update)) != 0)
            {
                continue;
            }

            var s = at < 0 ? ~at : _incoming[at].Match;
            if (stored[s].Sequence != p + 1)
            {
                yield return (stored[s].Key, p + 1);
            }
        }
    }

    private Dictionary<string, int> Index()
    {
        var at = new Dictionary<string, int>(stored.Count, StringComparer.Ordinal);
        for (var s = 0; s < stored.Count; s++)
        {
            at.Add(stored[s].Key, s);
        }

        return at;
    }

    // An undated entry takes the date of the entry before it in its own list.
    private static void AddDated(List<Placed> places, int count, Func<int, LocalDate?> filed, byte which, Func<int, int> name, Func<int, bool> included)
    {
        LocalDate? last = null;
        var index = 0;
        for (var i = 0; i < count; i++)
        {
            if (included(i))
            {
                last = filed(i) ?? last;
                places.Add(new Placed(last ?? LocalDate.MinIsoValue, which, index++, name(i)));
            }
        }
    }

    // One entry of the report as merged: the stored entry with its key (or -1), its filing date,
    // whether its text differs from the stored one's, and what is written of its citation.
    private readonly record struct Incoming(int Match, LocalDate? Filed, bool ContentDiffers, EntryWrite Citation);

    // Ordered by date, then list, then place in the list: no two are equal.
    private readonly record struct Placed(LocalDate Date, byte List, int Index, int Entry) : IComparable<Placed>
    {
        public int CompareTo(Placed other)
        {
            var c = Date.CompareTo(other.Date);
            return c != 0 ? c : List != other.List ? List.CompareTo(other.List) : Index.CompareTo(other.Index);
        }
    }
}

/// <summary>What merging a report's entries by outlines writes (<see cref="EntryMerge.Decide"/>).</summary>
/// <param name="Places">For each entry of the report, in its order, its place in the merged docket when it is written (<see cref="EntryWrite.Insert"/>, <see cref="EntryWrite.Update"/>); 0 for the others.</param>
/// <param name="Writes">For each entry of the report, what is written of it and of its citation.</param>
/// <param name="Moves">Stored entries whose text stays and whose place changes, by key, made as they are enumerated.</param>
internal sealed record EntryDecision(int[] Places, EntryWrite[] Writes, IEnumerable<(string Key, int Sequence)> Moves, ImportResult Result)
{
    /// <summary>The index of the last entry of the report of which something is written; -1 when nothing is.</summary>
    public int LastWrite => Array.FindLastIndex(Writes, w => w != EntryWrite.None);
}
