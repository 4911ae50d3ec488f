using Clerk.Store;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Matters;

/// <summary>Loads matter files: the whole file is checked first, then stored in one transaction.</summary>
public sealed class MatterLoader(ClerkStore store)
{
    /// <summary>Checks and stores the matter file at <paramref name="path"/>.</summary>
    /// <exception cref="MatterFileException">The file breaks the format or the model's rules; nothing was written.</exception>
    public Task<MatterLoaded> LoadAsync(string path, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var matter = MatterReader.Read(path, store.IsStored, MatterRules.For(store));
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new MatterLoaded(path, store.Options.Path, store.Save(matter)));
    }
}

/// <summary>A stored matter file: which file, into which database, and what the save did.</summary>
public sealed record MatterLoaded(string File, string Database, SaveResult Saved);
