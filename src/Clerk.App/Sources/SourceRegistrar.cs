using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.SourceFiles;

namespace Clerk.App.Sources;

/// <summary>Registers sources that facts can cite.</summary>
public sealed class SourceRegistrar(ClerkStore store)
{
    /// <summary>Registers <paramref name="source"/> (a news report read by <see cref="NewsReportFile.Read"/>, say), or updates the source stored with its id.</summary>
    public Task<SourceRegistered> AddAsync(Source source, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var saved = store.Save(source);
        var state = saved.Added > 0 ? "added" : saved.Updated > 0 ? "updated" : "unchanged";
        return Task.FromResult(new SourceRegistered(source, state));
    }
}

/// <summary>A registered source and whether it was added, updated or already stored as given.</summary>
public sealed record SourceRegistered(Source Source, string State);
