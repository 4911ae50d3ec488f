namespace Clerk.Testing;

/// <summary>
/// Locates the shared conformance data. The folder is <c>../shared/fixtures</c> from the
/// repository root unless the environment variable <c>CLERK_FIXTURES</c> names another.
/// A missing folder or file fails the test loudly: a suite never passes because its data is absent.
/// </summary>
internal static class Fixtures
{
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder under the fixtures root; throws if it does not exist.</summary>
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Conformance data not found: {path}. Set CLERK_FIXTURES to the shared fixtures folder.", path);
        }

        return path;
    }

    /// <summary>The repository root: the nearest folder upwards that holds Clerk.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("CLERK_FIXTURES");
        var root = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(FindRepositoryRoot(), "..", "shared", "fixtures"))
            : System.IO.Path.GetFullPath(configured);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Conformance data folder not found: {root}. Set CLERK_FIXTURES to the shared fixtures folder.");
        }

        return root;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Clerk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Clerk.slnx above {AppContext.BaseDirectory}.");
    }
}
