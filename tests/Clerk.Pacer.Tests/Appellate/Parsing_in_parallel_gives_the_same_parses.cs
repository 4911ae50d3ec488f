using Clerk.Pacer.Appellate;
using Clerk.Testing;

namespace Clerk.Pacer.Tests.Appellate;

public sealed class Parsing_in_parallel_gives_the_same_parses
{
    [Fact]
    public void Reports_parsed_on_several_threads_at_once_match_their_one_thread_parses()
    {
        var pages = Directory.EnumerateFiles(Fixtures.Path("pacer-dockets", "appellate"), "*.html")
            .Select(file => (Html: File.ReadAllText(file), Court: AppellateFixtureCase.CourtIdOf(Path.GetFileName(file))))
            .ToArray();
        var expected = pages.Select(page => AppellateJsonDiff.Serialize(AppellateDocketParser.TryParse(page.Html, page.Court))).ToArray();

        var work = Enumerable.Range(0, pages.Length * 4).ToArray();
        var actual = new string[work.Length];
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            actual[i] = AppellateJsonDiff.Serialize(AppellateDocketParser.TryParse(pages[i % pages.Length].Html, pages[i % pages.Length].Court)));

        for (var i = 0; i < work.Length; i++)
        {
            Assert.Equal(expected[i % pages.Length], actual[i]);
        }
    }
}
