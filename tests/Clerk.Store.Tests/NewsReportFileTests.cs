using Clerk.Store.SourceFiles;
using NodaTime;

namespace Clerk.Store.Tests;

public class NewsReportFileTests
{
    [Fact]
    public void The_date_line_and_the_text_are_read()
    {
        var (date, text) = NewsReportFile.Parse(" date 2023-08-23 First line.\n\nSecond paragraph.\n", "r.txt");
        Assert.Equal(new LocalDate(2023, 8, 23), date);
        Assert.Equal("First line.\n\nSecond paragraph.", text);
    }

    [Fact]
    public void The_seed_report_is_a_valid_news_report()
    {
        var dir = Path.Combine(Clerk.Testing.Fixtures.RepositoryRoot, "..", "shared", "seed");
        var file = Assert.Single(Directory.GetFiles(dir, "*.txt"));
        var source = NewsReportFile.Read(file, "Test publisher");
        Assert.Equal(new LocalDate(2023, 8, 23), source.Date);
        Assert.Contains("Biedscheid", source.Text, StringComparison.Ordinal);
        Assert.Equal(source.Id, NewsReportFile.Read(file, "Test publisher").Id);
    }

    [Fact]
    public void A_file_without_the_date_line_is_refused()
    {
        var e = Assert.Throws<SourceFileException>(() => NewsReportFile.Parse("Alec Baldwin's legal troubles", "r.txt"));
        Assert.Equal(1, e.Line);
        Assert.Equal("r.txt:1: expected the first line to begin with \"date YYYY-MM-DD\"", e.Message);
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        var e = Assert.Throws<SourceFileException>(() => NewsReportFile.Parse("date 2023-02-29 text", "r.txt"));
        Assert.Contains("a date that exists", e.Problem, StringComparison.Ordinal);
        Assert.Contains("2023-02-29", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_text_is_refused()
    {
        var e = Assert.Throws<SourceFileException>(() => NewsReportFile.Parse("date 2023-08-23\n\n", "r.txt"));
        Assert.Contains("text", e.Problem, StringComparison.Ordinal);
    }
}
