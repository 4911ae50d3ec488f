using Clerk.Store;

namespace Clerk.App.Checking;

/// <summary>
/// The full-text index against the rows it indexes: every searchable row has its document and no
/// document outlives its row, the words indexed are those of the text (FTS5's integrity check on
/// SQLite; each vector recomputed on PostgreSQL), and the triggers that keep it in step are there.
/// </summary>
internal sealed class SearchIndex : ICheckPart
{
    public string Name => "search-index";

    public Task<PartResult> RunAsync(ClerkStore store, IProgress<int>? progress, CancellationToken ct) =>
        Task.FromResult(new PartResult([.. store.Search.Check().Select(p => new CheckProblem(Name, null, p))]));
}
