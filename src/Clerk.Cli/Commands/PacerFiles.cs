namespace Clerk.Cli.Commands;

/// <summary>A report file to read, with the path it is written under in an output folder.</summary>
internal sealed record ReportFile(string Path, string RelativePath);

/// <summary>The PACER report files named on the command line: files as given, folders searched recursively for .html and .acms_json.</summary>
internal static class PacerFiles
{
    public static IReadOnlyList<ReportFile> Collect(IEnumerable<string> paths)
    {
        var files = new List<ReportFile>();
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (File.Exists(full))
            {
                files.Add(new ReportFile(full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".acms_json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ReportFile(f, Path.GetRelativePath(full, f))));
            }
            else
            {
                throw new UsageException($"PATH: no such file or folder: {given}");
            }
        }

        return files;
    }
}
