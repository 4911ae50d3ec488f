using Clerk.Testing;

namespace Clerk.Cli.Tests;

public class ExportCommandTests
{
    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void An_exported_case_loads_back_to_the_same_data(string format)
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("load", Path.Combine(Fixtures.RepositoryRoot, "data", "demo", "rust.matter.yaml")).ExitCode);
        var file = Path.Combine(clerk.Home, "civil." + format);
        var export = clerk.WithDb("export", "rust-civil", "--format", format, "--out", file);
        Assert.True(export.ExitCode == 0, export.Err);

        var other = Path.Combine(clerk.Home, "other.db");
        var load = clerk.Clerk("load", file, "--db", other);
        Assert.True(load.ExitCode == 0, load.Err);
        Assert.Equal(File.ReadAllText(file), clerk.Clerk("export", "rust-civil", "--format", format, "--db", other).Out);
    }

    [Fact]
    public void Exporting_an_unknown_case_fails_with_a_reason()
    {
        using var clerk = new ClerkProcess();
        Assert.Equal(0, clerk.WithDb("demo").ExitCode);
        var run = clerk.WithDb("export", "no-such-case");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no case with id \"no-such-case\"", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_bad_input_naming_the_accepted_ones()
    {
        using var clerk = new ClerkProcess();
        var run = clerk.WithDb("export", "rust-civil", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.Err, StringComparison.Ordinal);
        Assert.Contains("yaml", run.Err, StringComparison.Ordinal);
    }
}
