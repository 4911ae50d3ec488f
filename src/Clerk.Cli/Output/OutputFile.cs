namespace Clerk.Cli.Output;

/// <summary>Writes a file an option names, saying which option and which path when it cannot (the runtime says only "Permission denied").</summary>
internal static class OutputFile
{
    public static void Write(string option, string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{option}: {full} is a folder; expected the path of a file to write");
        }

        try
        {
            File.WriteAllText(full, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e switch
            {
                UnauthorizedAccessException => "permission denied",
                DirectoryNotFoundException => $"the folder {Path.GetDirectoryName(full)} does not exist",
                _ => e.Message,
            };
            // Without the runtime's exception as inner, so the error printed is this one, which names the option and path.
            throw new IOException($"{option}: cannot write {full}: {why}");
        }
    }
}
