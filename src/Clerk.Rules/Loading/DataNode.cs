namespace Clerk.Rules.Loading;

// Reference types throughout: generic collections over value types would each need JIT compilation at start-up,
// even in a ReadyToRun build.

/// <summary>A node of a data file, with the 1-based line and column it starts at, for error messages.</summary>
internal abstract record DataNode(int Line, int Column);

internal sealed record DataScalar(string Value, int Line, int Column) : DataNode(Line, Column);

internal sealed record DataList(IReadOnlyList<DataNode> Items, int Line, int Column) : DataNode(Line, Column);

internal sealed record DataEntry(string Key, DataNode Value);

internal sealed record DataMap(IReadOnlyList<DataEntry> Entries, int Line, int Column) : DataNode(Line, Column)
{
    public DataNode? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
