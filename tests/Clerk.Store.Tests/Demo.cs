using Clerk.Testing;

namespace Clerk.Store.Tests;

internal static class Demo
{
    /// <summary>The Rust matter file shipped in the repository.</summary>
    public static string FilePath
    {
        get
        {
            var path = Path.Combine(Fixtures.RepositoryRoot, "data", "demo", "rust.matter.yaml");
            return File.Exists(path) ? path : throw new FileNotFoundException("The demo matter file is missing", path);
        }
    }
}
