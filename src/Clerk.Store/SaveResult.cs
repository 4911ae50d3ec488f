namespace Clerk.Store;

/// <summary>What a save did: facts added, facts changed, facts already stored as given.</summary>
public sealed record SaveResult(int Added, int Updated, int Unchanged)
{
    public int Total => Added + Updated + Unchanged;
}
