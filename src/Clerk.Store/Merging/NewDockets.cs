using Clerk.Domain;

namespace Clerk.Store.Merging;

/// <summary>
/// Dockets of new cases gathered to be written together (<see cref="DocketMerge"/>): no two name
/// the same case (as theirs or as one their report lists) or share a report, none needs a check
/// against what is stored, and each is held whole. What one reads before it is written (whether its
/// case is stored, what its report cites) no other can change, so writing them together stores what
/// writing them one by one would.
/// </summary>
internal sealed class NewDockets
{
    // Enough for each table's rows to fill the statements of a bulk write; few enough that a group
    // written again one by one, when one of its dockets fails, costs little.
    private const int MostDockets = 32;
    private const int MostEntries = 2_000;

    private readonly List<(int Index, DocketToImport Docket, DocketPlan Plan)> _members = [];
    private readonly HashSet<CaseId> _cases = [];
    private readonly HashSet<SourceId> _reports = [];
    private int _entries;

    /// <summary>The dockets, each with its place in the batch and its plan, in the batch's order.</summary>
    public IReadOnlyList<(int Index, DocketToImport Docket, DocketPlan Plan)> Members => _members;

    public int Count => _members.Count;

    public bool IsFull => _members.Count >= MostDockets || _entries >= MostEntries;

    /// <summary>Whether <paramref name="docket"/> may join, if its case turns out to be new.</summary>
    public bool MayTake(DocketToImport docket) => MayJoin(docket, _cases, _reports);

    // Whether the docket may join dockets that name `cases` and have `reports`.
    private static bool MayJoin(DocketToImport docket, HashSet<CaseId> cases, HashSet<SourceId> reports) =>
        docket.ReadEntries is null
        && docket.NeedsNoCheck
        && docket.Report.Sources.Count == 1
        && !reports.Contains(docket.Report.Sources[0].Id)
        && !Cases(docket).Any(cases.Contains);

    // The docket's case and every case its report lists (a linked case is written with it).
    private static IEnumerable<CaseId> Cases(DocketToImport docket) => docket.Report.Cases.Select(c => c.Id).Append(docket.Case);

    /// <summary>
    /// The dockets from <paramref name="from"/> on that may join one after another, as far as the
    /// first that may not (whose writes those after it could read), at most a group's worth: those
    /// whose cases can be looked up together before any of them is written.
    /// </summary>
    public IReadOnlyList<int> Window(IReadOnlyList<DocketToImport> dockets, int from)
    {
        var (cases, reports) = (new HashSet<CaseId>(_cases), new HashSet<SourceId>(_reports));
        var window = new List<int>();
        for (var i = from; i < dockets.Count && window.Count < MostDockets; i++)
        {
            var d = dockets[i];
            if (!MayJoin(d, cases, reports))
            {
                break;
            }

            cases.UnionWith(Cases(d));
            reports.Add(d.Report.Sources[0].Id);
            window.Add(i);
        }

        return window;
    }

    public void Add(int index, DocketToImport docket, DocketPlan plan)
    {
        _members.Add((index, docket, plan));
        _cases.UnionWith(Cases(docket));
        _reports.Add(docket.Report.Sources[0].Id);
        _entries += plan.Entries.Insert.Count;
    }

    public void Clear()
    {
        _members.Clear();
        _cases.Clear();
        _reports.Clear();
        _entries = 0;
    }
}
