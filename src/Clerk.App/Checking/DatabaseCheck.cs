using Clerk.Domain;
using Clerk.Store;

namespace Clerk.App.Checking;

/// <summary>
/// Verifies a database (<c>clerk check</c>): each part looks at one kind of promise the store makes
/// and names every row or case that breaks it. Nothing is changed.
/// </summary>
public sealed class DatabaseCheck(ClerkStore store)
{
    /// <summary>
    /// The parts, in the order they run.
    /// </summary>
    public static IReadOnlyList<ICheckPart> Parts { get; } = [new ForeignKeys(), new DocketPlaces(), new SearchIndex(), new CaseInvariants()];

    /// <summary>Runs every part; <paramref name="progress"/> hears the number of cases checked so far.</summary>
    public async Task<CheckReport> RunAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var problems = new List<CheckProblem>();
        var cases = 0;
        foreach (var part in Parts)
        {
            var result = await part.RunAsync(store, progress, ct);
            problems.AddRange(result.Problems);
            cases = Math.Max(cases, result.CasesChecked);
        }

        return new CheckReport(store.Options.Path, cases, problems);
    }
}

/// <summary>One kind of check of <see cref="DatabaseCheck"/>.</summary>
public interface ICheckPart
{
    /// <summary>A short name for the check ("foreign-keys"), shown with each problem it finds.</summary>
    string Name { get; }

    Task<PartResult> RunAsync(ClerkStore store, IProgress<int>? progress, CancellationToken ct);
}

/// <summary>What one part found, and how many cases it looked at (0 when it does not go case by case).</summary>
public sealed record PartResult(IReadOnlyList<CheckProblem> Problems, int CasesChecked = 0);

/// <summary>One problem: the check that found it, the case it is about when there is one, and what is wrong.</summary>
public sealed record CheckProblem(string Check, CaseId? Case, string Problem);

/// <summary>A whole check of <see cref="Database"/>: clean when <see cref="Problems"/> is empty.</summary>
public sealed record CheckReport(string Database, int CasesChecked, IReadOnlyList<CheckProblem> Problems)
{
    public bool Clean => Problems.Count == 0;
}

/// <summary>Every reference finds its row (SQLite: <c>PRAGMA foreign_key_check</c>; PostgreSQL enforces them, so constraints switched off are named).</summary>
internal sealed class ForeignKeys : ICheckPart
{
    public string Name => "foreign-keys";

    public Task<PartResult> RunAsync(ClerkStore store, IProgress<int>? progress, CancellationToken ct) =>
        Task.FromResult(new PartResult([.. store.ForeignKeyProblems().Select(p => new CheckProblem(Name, null, p))]));
}

/// <summary>Each place in a docket holds one entry (two at one place is a merge cut short).</summary>
internal sealed class DocketPlaces : ICheckPart
{
    public string Name => "docket-places";

    public async Task<PartResult> RunAsync(ClerkStore store, IProgress<int>? progress, CancellationToken ct) =>
        new([.. (await store.SharedDocketPlacesAsync(ct)).Select(p => new CheckProblem(Name, p.Case, $"{p.Entries} entries at place {p.Sequence} of the docket"))]);
}

/// <summary>Each case, read as the commands read it, keeps the domain's rules (<see cref="Matter.Violations"/>).</summary>
internal sealed class CaseInvariants : ICheckPart
{
    public string Name => "case-rules";

    public async Task<PartResult> RunAsync(ClerkStore store, IProgress<int>? progress, CancellationToken ct)
    {
        var problems = new List<CheckProblem>();
        var done = 0;
        await foreach (var id in store.CaseIdsAsync(ct))
        {
            if (await store.ReadCaseAsync(id, ct) is { } matter)
            {
                problems.AddRange(matter.Violations(store.IsStored).Select(v => new CheckProblem(Name, id, v.Message)));
            }

            done++;
            progress?.Report(done);
        }

        return new PartResult(problems, done);
    }
}
