using Clerk.Domain;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.SourceFiles;

/// <summary>A source as stored, with how many facts cite it: what replacing it would change.</summary>
public sealed record StoredSource(Source Source, int CitedBy)
{
    /// <summary>The source stored under <paramref name="id"/>, or null.</summary>
    public static StoredSource? Find(ClerkStore store, SourceId id)
    {
        var source = store.Db.Sources.AsNoTracking().FirstOrDefault(s => s.Id == id);
        return source is null ? null : new StoredSource(source, store.Db.Citations.Count(c => c.Source == id) + store.Db.EntryCitations.Count(c => c.Source == id));
    }
}
