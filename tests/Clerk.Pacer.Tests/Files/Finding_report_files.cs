namespace Clerk.Pacer.Tests.Files;

/// <summary>Report files found under folders: real link loops end the search, every file is listed once, output clashes are named.</summary>
public sealed class Finding_report_files : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("clerk-files-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Make(string relative, string content = "<html></html>")
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private void Link(string relative, string target) => Directory.CreateSymbolicLink(Path.Combine(_root.FullName, relative), target);

    private IEnumerable<string> FoundUnder(string folder) => ReportFiles.Find([Path.Combine(_root.FullName, folder)]).Select(f => f.RelativePath);

    [Fact]
    public void A_link_back_to_an_enclosing_folder_ends_the_search_with_each_file_once()
    {
        Make("reports/akd.html");
        Make("reports/sub/almd.html");
        Link("reports/sub/loop", "..");
        Link("reports/self", ".");

        Assert.Equal(["akd.html", Path.Combine("sub", "almd.html")], FoundUnder("reports"));
    }

    [Fact]
    public void Two_folders_linking_to_each_other_are_each_searched_once()
    {
        Make("a/akd.html");
        Make("b/almd.html");
        Link("a/to-b", Path.Combine(_root.FullName, "b"));
        Link("b/to-a", Path.Combine(_root.FullName, "a"));

        Assert.Equal(["akd.html", Path.Combine("to-b", "almd.html")], FoundUnder("a"));
    }

    [Fact]
    public void A_linked_folder_elsewhere_is_searched_under_the_name_of_its_link()
    {
        Make("elsewhere/nysb.html");
        Make("reports/akd.html");
        Link("reports/more", Path.Combine(_root.FullName, "elsewhere"));

        var files = ReportFiles.Find([Path.Combine(_root.FullName, "reports")]);

        Assert.Equal(["akd.html", Path.Combine("more", "nysb.html")], files.Select(f => f.RelativePath));
        Assert.All(files, f => Assert.StartsWith(Path.Combine(_root.FullName, "reports"), f.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_html_and_acms_json_files_are_taken_from_folders()
    {
        Make("r/akd.html");
        Make("r/ca9.acms_json", "{}");
        Make("r/notes.txt", "x");

        Assert.Equal(["akd.html", "ca9.acms_json"], FoundUnder("r"));
    }

    [Fact]
    public void A_file_named_again_inside_a_folder_named_is_listed_once()
    {
        var akd = Make("r/akd.html");

        Assert.Single(ReportFiles.Find([Path.Combine(_root.FullName, "r"), akd]));
    }

    [Fact]
    public void Two_folders_holding_the_same_file_name_clash_under_one_output_folder()
    {
        var first = Make("d1/akd.html");
        var second = Make("d2/akd.html");
        Make("d2/almd.html");

        var clash = Assert.Single(ReportFiles.OutputClashes(ReportFiles.Find([Path.Combine(_root.FullName, "d1"), Path.Combine(_root.FullName, "d2")])));

        Assert.Equal($"{first} and {second} would both be written as akd.html.json", clash);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_named()
    {
        var missing = Path.Combine(_root.FullName, "missing");

        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => ReportFiles.Find([missing])).Message, StringComparison.Ordinal);
    }
}
