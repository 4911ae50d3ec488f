namespace Clerk.Pacer.Bench;

/// <summary>The district-family fixture reports, loaded into memory once.</summary>
public sealed class FixtureCorpus
{
    public static readonly string[] Folders = ["district", "bankruptcy", "special", "fake-rss", "not_dockets"];

    private FixtureCorpus(List<(byte[] Content, string Court)> files) => Files = files;

    public List<(byte[] Content, string Court)> Files { get; }

    public long TotalBytes => Files.Sum(f => (long)f.Content.Length);

    public static FixtureCorpus Load(IEnumerable<string> folders)
    {
        var root = FixturesRoot();
        var files = new List<(byte[], string)>();
        foreach (var folder in folders)
        {
            foreach (var path in Directory.GetFiles(Path.Combine(root, "pacer-dockets", folder), "*.html").Order(StringComparer.Ordinal))
            {
                files.Add((File.ReadAllBytes(path), PacerDocketParser.CourtIdFromFileName(path)));
            }
        }

        return new FixtureCorpus(files);
    }

    /// <summary>CLERK_FIXTURES, or ../shared/fixtures beside the repository root (found by its Clerk.slnx).</summary>
    public static string FixturesRoot()
    {
        var configured = Environment.GetEnvironmentVariable("CLERK_FIXTURES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clerk.slnx")))
            {
                var root = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
                if (Directory.Exists(root))
                {
                    return root;
                }

                break;
            }
        }

        throw new DirectoryNotFoundException($"Conformance data not found above {AppContext.BaseDirectory}; set CLERK_FIXTURES.");
    }
}
