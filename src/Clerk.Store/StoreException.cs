namespace Clerk.Store;

/// <summary>The database cannot be used as asked; <see cref="Path"/> names it.</summary>
public sealed class StoreException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    /// <summary>The database file.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; } = problem;
}
