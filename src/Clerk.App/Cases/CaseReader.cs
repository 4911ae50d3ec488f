using Clerk.App.Access;
using Clerk.Domain;
using Clerk.Store;

namespace Clerk.App.Cases;

/// <summary>
/// Reads cases for one <see cref="Access.Viewer"/>: one with everything about it, or a filtered list.
/// A restricted case the viewer may not see is never read or listed (see <see cref="CaseAccessService"/>).
/// </summary>
public sealed class CaseReader(ClerkStore store, Viewer viewer)
{
    private readonly CaseAccessService _access = new(store);

    /// <summary>Who the reads are made for.</summary>
    public Viewer Viewer => viewer;

    /// <summary>
    /// The case with its court, judges, parties, counsel, docket, motions, charges, claims,
    /// statements, questions, linked cases and every source they cite, as one self-contained matter.
    /// </summary>
    /// <exception cref="NotFoundException">No case has the id, or the viewer may not see it.</exception>
    public async Task<CaseFile> ReadAsync(CaseId id, CancellationToken ct = default)
    {
        // One read of the restricted cases answers both whether this one may be seen and which linked ones to hide.
        var hidden = await _access.HiddenFromAsync(viewer, ct);
        var matter = (hidden.Contains(id) ? null : await store.ReadCaseAsync(id, ct)) ?? throw CaseAccessService.NotFound(id, store);
        return new CaseFile(matter.Cases.Single(c => c.Id == id), Hide(matter, hidden), await store.PartialReportAsync(id, ct));
    }

    /// <summary>Several cases as one matter, each fact once; unknown ids and cases the viewer may not see are left out.</summary>
    public async Task<Matter> ReadManyAsync(IEnumerable<CaseId> ids, CancellationToken ct = default)
    {
        var hidden = await _access.HiddenFromAsync(viewer, ct);
        return Hide(await store.ReadCasesAsync(ids.Where(id => !hidden.Contains(id)), ct), hidden);
    }

    /// <summary>
    /// Names the store's state as the viewer sees it: its data version (raised by every write) and the
    /// restricted cases hidden from the viewer. Reads made while it is the same give the same answers.
    /// </summary>
    public async Task<string> StateAsync(CancellationToken ct = default)
    {
        var version = await store.DataVersionAsync(ct);
        var hidden = await _access.HiddenFromAsync(viewer, ct);
        return $"{version}\n{string.Join('\n', hidden.Select(h => h.Value).Order(StringComparer.Ordinal))}";
    }

    /// <summary>
    /// Every case the viewer may see with what its deadlines are computed from (its court, motions and
    /// docket entries, nothing else), one at a time, in no particular order (see <see cref="ClerkStore.DeadlineInputsAsync"/>).
    /// </summary>
    public async IAsyncEnumerable<CaseFile> AllForDeadlinesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var hidden = await _access.HiddenFromAsync(viewer, ct);
        await foreach (var matter in store.DeadlineInputsAsync(ct))
        {
            if (!hidden.Contains(matter.Cases[0].Id))
            {
                yield return new CaseFile(matter.Cases[0], matter);
            }
        }
    }

    /// <summary>The cases that pass <paramref name="filter"/> and the viewer may see, by filing date then id.</summary>
    public async Task<CaseList> ListAsync(CaseFilter filter, CancellationToken ct = default)
    {
        var hidden = await _access.HiddenFromAsync(viewer, ct);
        var cases = await store.CasesAsync(filter, ct);
        return new(hidden.Count == 0 ? cases : [.. cases.Where(c => !hidden.Contains(c.Id))], store.Options.Path);
    }

    // A case linked to one the viewer may see is itself restricted: its record and links to it are left out.
    private static Matter Hide(Matter matter, IReadOnlySet<CaseId> hidden)
    {
        if (hidden.Count == 0 || !matter.Cases.Any(c => hidden.Contains(c.Id)))
        {
            return matter;
        }

        var links = matter.CaseLinks.Where(l => !hidden.Contains(l.To)).ToList();
        var gone = matter.CaseLinks.Except(links).Select(FactRef.Of).Concat(hidden.Select(h => new FactRef(FactKind.Case, h.Value))).ToHashSet();
        return matter with
        {
            Cases = [.. matter.Cases.Where(c => !hidden.Contains(c.Id))],
            CaseLinks = links,
            Motions = [.. matter.Motions.Select(m => m.AwaitedCase is { } w && hidden.Contains(w) ? new Motion(m.Id, m.Case, m.Type, m.Movant, m.Relief, m.Status, m.Filed, m.Ruling, null) : m)],
            Citations = [.. matter.Citations.Where(c => !gone.Contains(c.Fact))],
        };
    }
}

/// <summary>
/// One case and everything about it (<see cref="Matter"/> holds the case too). <see cref="PartialReport"/>
/// says where a report of its docket imported with <c>--partial</c> was cut short, while no complete
/// report has been imported since: the docket shown is then not the whole docket.
/// </summary>
public sealed record CaseFile(Case Case, Matter Matter, string? PartialReport = null)
{
    /// <summary>The court the case is in, when it is recorded.</summary>
    public Court? Court => Matter.Courts.FirstOrDefault(c => c.Id == Case.Court);
}

/// <summary>A list of cases and the database it came from.</summary>
public sealed record CaseList(IReadOnlyList<Case> Cases, string Database);
