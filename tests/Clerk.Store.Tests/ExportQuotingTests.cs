using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.Store.Tests;

/// <summary>Names YAML reads as something else are written so that load reads them back as written.</summary>
public class ExportQuotingTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("no")]
    [InlineData("1e3")]
    [InlineData("- x")]
    [InlineData("-")]
    [InlineData(":")]
    [InlineData("#")]
    [InlineData("a #b")]
    [InlineData("\n")]
    [InlineData("  \n-")]
    [InlineData("a\n b \n")]
    [InlineData("x\r\ny")]
    [InlineData("line\u2028separator")]
    public void A_party_named_like_a_yaml_value_reads_back_as_that_name(string name)
    {
        var matter = StoreSamples.Matter();
        matter = matter with { Parties = [.. matter.Parties.Select(p => p.Id == new PartyId("p") ? p with { Name = name } : p)] };
        var yaml = MatterWriter.Write(matter, MatterFormat.Yaml);
        var read = MatterReader.Parse(yaml, "export.yaml");
        Assert.Equal(name, read.Parties.Single(p => p.Id == new PartyId("p")).Name);
    }
}
