using Clerk.Domain;
using Clerk.Store;

namespace Clerk.App.Cases;

/// <summary>Reads cases: one with everything about it, or a filtered list.</summary>
public sealed class CaseReader(ClerkStore store)
{
    /// <summary>
    /// The case with its court, judges, parties, counsel, docket, motions, charges, claims,
    /// statements, questions, linked cases and every source they cite, as one self-contained matter.
    /// </summary>
    /// <exception cref="NotFoundException">No case has the id.</exception>
    public async Task<CaseFile> ReadAsync(CaseId id, CancellationToken ct = default)
    {
        var matter = await store.ReadCaseAsync(id, ct)
            ?? throw new NotFoundException($"no case with id \"{id}\" in {store.Options.Path} (see 'clerk cases')");
        return new CaseFile(matter.Cases.Single(c => c.Id == id), matter, await store.PartialReportAsync(id, ct));
    }

    /// <summary>Several cases as one matter, each fact once; unknown ids are left out.</summary>
    public Task<Matter> ReadManyAsync(IEnumerable<CaseId> ids, CancellationToken ct = default) => store.ReadCasesAsync(ids, ct);

    /// <summary>The cases that pass <paramref name="filter"/>, by filing date then id.</summary>
    public async Task<CaseList> ListAsync(CaseFilter filter, CancellationToken ct = default) =>
        new(await store.CasesAsync(filter, ct), store.Options.Path);
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
