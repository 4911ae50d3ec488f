namespace Clerk.Pacer.Tests;

public sealed class CourtIdFromFileNameTests
{
    [Theory]
    [InlineData("akd.html", "akd")]
    [InlineData("cacd_2.html", "cacd")]
    [InlineData("/some/dir/nysb_22.html", "nysb")]
    [InlineData("ca9.acms_json", "ca9")]
    [InlineData("flsb", "flsb")]
    public void The_court_id_is_the_file_name_up_to_the_first_underscore_or_dot(string path, string court) =>
        Assert.Equal(court, PacerDocketParser.CourtIdFromFileName(path));
}
