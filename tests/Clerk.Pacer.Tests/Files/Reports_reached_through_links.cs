using Clerk.Pacer.Tests.Conformance;
using Clerk.Pacer.Text;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Files;

/// <summary>
/// A report reached through a symbolic link is measured and read as the file it leads to: its size
/// decides whether it is read in pieces, and its pieces are read to the end of that file, not of
/// the link.
/// </summary>
public sealed class Reports_reached_through_links : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("clerk-links-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A link to a link to the fixture.
    private string Linked(string folder, string name)
    {
        var target = Fixtures.Path("pacer-dockets", folder, name);
        var first = Path.Combine(_folder, "first-" + name);
        File.CreateSymbolicLink(first, target);
        var second = Path.Combine(_folder, name);
        File.CreateSymbolicLink(second, first);
        return second;
    }

    [Fact]
    public void Its_size_is_the_size_of_the_file_it_leads_to()
    {
        var link = Linked("district", "akd.html");

        Assert.Equal(new FileInfo(Fixtures.Path("pacer-dockets", "district", "akd.html")).Length, ReportFiles.SizeOf(link));
        Assert.NotEqual(new FileInfo(link).Length, ReportFiles.SizeOf(link));
    }

    [Theory]
    [InlineData("district", "akd.html", "akd")]
    [InlineData("appellate", "ca1.html", "ca1")]
    public void It_is_read_in_pieces_to_the_end_of_the_file_it_leads_to(string folder, string name, string court)
    {
        var link = Linked(folder, name);
        var whole = FixturePairs.Serialize(PacerDocketParser.Parse(File.ReadAllBytes(Fixtures.Path("pacer-dockets", folder, name)), court));

        var read = PacerDocketParser.Parse(ReportBytes.OfFile(link), court, threshold: 0, batchSize: 1);

        Assert.True(read.Docket!.EntriesRead);
        Assert.Equal(whole, FixturePairs.Serialize(read));
    }
}
