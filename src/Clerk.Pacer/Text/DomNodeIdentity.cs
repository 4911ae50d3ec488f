namespace Clerk.Pacer.Text;

/// <summary>
/// Compares nodes of finished trees by identity, hashing their document position. The default
/// (object) hash has to be created and stored in each node's header on first use, which showed
/// in profiles of the rules that collect tables and rows in sets.
/// </summary>
internal sealed class DomNodeIdentity : IEqualityComparer<DomNode>
{
    public static readonly DomNodeIdentity Instance = new();

    private DomNodeIdentity()
    {
    }

    public bool Equals(DomNode? x, DomNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(DomNode obj) => obj.Order;
}
