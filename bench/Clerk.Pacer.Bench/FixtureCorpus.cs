namespace Clerk.Pacer.Bench;

/// <summary>Fixture reports (every input file that has an expected JSON beside it), loaded into memory once.</summary>
public sealed class FixtureCorpus
{
    /// <summary>Every fixture folder of pacer-dockets, in the order the figures list them.</summary>
    public static readonly string[] Folders =
        ["district", "bankruptcy", "special", "fake-rss", "not_dockets", "appellate", "not_appellate_dockets", "acms"];

    /// <summary>The name standing for all <see cref="Folders"/> together.</summary>
    public const string All = "all";

    private FixtureCorpus(List<(byte[] Content, string Court)> files) => Files = files;

    public List<(byte[] Content, string Court)> Files { get; }

    public long TotalBytes => Files.Sum(f => (long)f.Content.Length);

    /// <summary>The corpus of one folder, or of every folder for <see cref="All"/>.</summary>
    public static FixtureCorpus Load(string folderOrAll) => Load(folderOrAll == All ? Folders : [folderOrAll]);

    public static FixtureCorpus Load(IEnumerable<string> folders)
    {
        var root = FixturesRoot();
        var files = new List<(byte[], string)>();
        foreach (var folder in folders)
        {
            var directory = Path.Combine(root, "pacer-dockets", folder);
            var inputs = Directory.GetFiles(directory, "*.html").Concat(Directory.GetFiles(directory, "*.acms_json"));
            foreach (var path in inputs.Order(StringComparer.Ordinal))
            {
                // Only fixture pairs: an input without its expected parse is not part of the corpus.
                if (!File.Exists(Path.ChangeExtension(path, ".json")))
                {
                    continue;
                }

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
