using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.SourceFiles;

namespace Clerk.App.Sources;

/// <summary>Registers sources that facts can cite.</summary>
public sealed class SourceRegistrar(ClerkStore store)
{
    /// <summary>
    /// Registers <paramref name="source"/> (a news report read by <see cref="NewsReportFile.Read"/>, say).
    /// A source stored under the same id is replaced only when <paramref name="replace"/> is set, or
    /// when it is the same report read from another place.
    /// </summary>
    /// <exception cref="SourceExistsException">Another source has the id and <paramref name="replace"/> is not set; nothing was written.</exception>
    public Task<SourceRegistered> AddAsync(Source source, bool replace = false, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var stored = StoredSource.Find(store, source.Id);
        // The same report read from another path only moves its locator; anything else makes it another source.
        if (stored is not null && stored.Source with { Locator = source.Locator } != source && !replace)
        {
            throw new SourceExistsException($"--id: another source \"{source.Id.Value}\" ({stored.Source.Publisher}) is stored and {stored.CitedBy} fact(s) cite it; nothing was written. Add --replace to replace it, or choose another --id.");
        }

        var saved = store.Save(source);
        var state = saved.Added > 0 ? "added" : saved.Updated > 0 ? "updated" : "unchanged";
        return Task.FromResult(new SourceRegistered(source, state, stored?.CitedBy ?? 0));
    }
}

/// <summary>Another source is stored under the id; the message says how many facts cite it and how to go on.</summary>
public sealed class SourceExistsException(string message) : Exception(message);

/// <summary>A registered source, whether it was added, updated or already stored as given, and how many facts cited the source it replaced.</summary>
public sealed record SourceRegistered(Source Source, string State, int CitedBy);
