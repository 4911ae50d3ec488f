using Clerk.Store.MatterFiles;
using CsCheck;

namespace Clerk.Store.Tests;

/// <summary>Whatever the texts hold, an export is a file that load reads back to the same facts, and exporting again gives the same file.</summary>
public class ExportRoundTripProperties
{
    [Theory]
    [InlineData(MatterFormat.Yaml)]
    [InlineData(MatterFormat.Json)]
    public void Export_reads_back_to_the_same_facts(MatterFormat format)
    {
        MatterGenerators.Matters.Sample(m =>
        {
            var text = MatterWriter.Write(m, format);
            var read = MatterReader.Parse(text, "export");
            Assert.Equal(text, MatterWriter.Write(read, format));
            Assert.Equal(m.Parties.ToHashSet(), read.Parties.ToHashSet());
            Assert.Equal(m.Sources.ToHashSet(), read.Sources.ToHashSet());
            Assert.Equal(m.Cases.ToHashSet(), read.Cases.ToHashSet());
            Assert.Equal(m.Citations.ToHashSet(), read.Citations.ToHashSet());
        }, iter: 300, print: m => m is null ? "null" : MatterWriter.Write(m, MatterFormat.Yaml));
    }

    [Fact]
    public void Export_does_not_depend_on_the_order_facts_come_in()
    {
        MatterGenerators.Matters.Sample(m =>
        {
            static IReadOnlyList<T> R<T>(IReadOnlyList<T> list) => [.. list.Reverse()];
            var reversed = m with
            {
                Sources = R(m.Sources), Parties = R(m.Parties), CaseLinks = R(m.CaseLinks), Participations = R(m.Participations), Counsel = R(m.Counsel),
                Entries = R(m.Entries), Motions = R(m.Motions), Charges = R(m.Charges), Claims = R(m.Claims), Statements = R(m.Statements),
                Questions = R(m.Questions), Citations = R(m.Citations),
            };
            Assert.Equal(MatterWriter.Write(m, MatterFormat.Yaml), MatterWriter.Write(reversed, MatterFormat.Yaml));
        }, iter: 100);
    }

    [Theory]
    [InlineData(MatterFormat.Yaml)]
    [InlineData(MatterFormat.Json)]
    public void Export_load_export_through_the_database_is_stable(MatterFormat format)
    {
        MatterGenerators.Matters.Sample(m =>
        {
            var ids = m.Cases.Select(c => c.Id).ToList();
            using var first = new TempDatabase();
            using var a = first.Open();
            a.Save(m);
            var exported = MatterWriter.Write(a.ReadCases(ids), format);
            Assert.Equal(MatterWriter.Write(m, format), exported);

            using var second = new TempDatabase();
            var file = Path.Combine(second.Dir, "export");
            File.WriteAllText(file, exported);
            using var b = second.Open();
            b.Save(MatterReader.Read(file, b.IsStored));
            Assert.Equal(exported, MatterWriter.Write(b.ReadCases(ids), format));
        }, iter: 25, threads: 1, print: m => m is null ? "null" : MatterWriter.Write(m, MatterFormat.Yaml));
    }
}
