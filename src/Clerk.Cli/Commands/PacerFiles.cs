using Clerk.Pacer;

namespace Clerk.Cli.Commands;

/// <summary>The PACER report files named on the command line (see <see cref="ReportFiles"/>).</summary>
internal static class PacerFiles
{
    /// <summary>What the PATH argument of the PACER commands says in --help.</summary>
    public const string PathHelp =
        "Report files, or folders searched with their subfolders for .html and .acms_json files (a link to a folder is followed unless it leads back to a folder already searched)";

    public static IReadOnlyList<ReportFile> Collect(IEnumerable<string> paths)
    {
        try
        {
            return ReportFiles.Find(paths);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException($"PATH: {e.Message}");
        }
    }
}
