namespace Clerk.Pacer;

/// <summary>A report file to read, with the path it is written under in an output folder.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="RelativePath">The path below the folder it was found in (its name, for a file named on its own).</param>
public sealed record ReportFile(string Path, string RelativePath);

/// <summary>
/// The report files named by paths: files as given, folders searched through their subfolders for
/// <c>.html</c> and <c>.acms_json</c> files. A link to a folder is followed unless it leads to a
/// folder already searched or to one of the folders it sits in, so a link loop ends the search
/// instead of repeating it forever. A file reached twice is listed once.
/// </summary>
public static class ReportFiles
{
    /// <summary>
    /// The file at <paramref name="path"/>, or the file a symbolic link there leads to (through any
    /// number of links): its length and time are the report's, not the link's.
    /// </summary>
    /// <exception cref="IOException">The path cannot be read.</exception>
    public static FileInfo Target(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target ? target : info;
    }

    /// <summary>The length in bytes of the report at <paramref name="path"/>, following symbolic links (<see cref="Target"/>).</summary>
    /// <exception cref="IOException">The path cannot be read.</exception>
    public static long SizeOf(string path) => Target(path).Length;

    /// <summary>The files under <paramref name="paths"/>, each folder's in ordinal order; a path that does not exist throws <see cref="FileNotFoundException"/>.</summary>
    public static IReadOnlyList<ReportFile> Find(IEnumerable<string> paths)
    {
        var files = new List<ReportFile>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = System.IO.Path.GetFullPath(given);
            if (File.Exists(full))
            {
                if (seenFiles.Add(System.IO.Path.Combine(RealFolder(System.IO.Path.GetDirectoryName(full)!), System.IO.Path.GetFileName(full))))
                {
                    files.Add(new ReportFile(full, System.IO.Path.GetFileName(full)));
                }
            }
            else if (Directory.Exists(full))
            {
                foreach (var (file, real) in Walk(full, walked).OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    if (seenFiles.Add(real))
                    {
                        files.Add(new ReportFile(file, System.IO.Path.GetRelativePath(full, file)));
                    }
                }
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {given}", given);
            }
        }

        return files;
    }

    /// <summary>
    /// Files that would be written to the same place under an output folder (two folders each
    /// holding akd.html), as one line per clash naming both files; empty when there are none.
    /// </summary>
    public static IReadOnlyList<string> OutputClashes(IReadOnlyList<ReportFile> files) =>
        [.. files.GroupBy(f => f.RelativePath, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(f => f.Path))} would both be written as {g.Key}.json")];

    // Files are listed under the path they were reached by (so they stay below the folder named);
    // loops are told by the real paths of the folders, a link's being the folder it leads to.
    private static List<(string Path, string Real)> Walk(string root, HashSet<string> walked)
    {
        var found = new List<(string, string)>();
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var pending = new Stack<(string Folder, string Real, string[] Above)>();
        pending.Push((root, RealFolder(root), []));
        while (pending.Count > 0)
        {
            var (folder, real, above) = pending.Pop();
            if (!walked.Add(real))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".acms_json", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add((file, System.IO.Path.Combine(real, System.IO.Path.GetFileName(file))));
                }
            }

            var path = (string[])[.. above, real];
            foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
            {
                var subReal = new DirectoryInfo(sub).LinkTarget is null ? System.IO.Path.Combine(real, System.IO.Path.GetFileName(sub)) : RealFolder(sub);
                if (!path.Contains(subReal, StringComparer.Ordinal) && !walked.Contains(subReal))
                {
                    pending.Push((sub, subReal, path));
                }
            }
        }

        return found;
    }

    // A folder's path with a link in its last part replaced by the folder the link leads to.
    private static string RealFolder(string folder)
    {
        var info = new DirectoryInfo(folder);
        return info.LinkTarget is null ? info.FullName : System.IO.Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
    }
}
