using Clerk.Domain;
using Clerk.Store.MatterFiles;

namespace Clerk.Store.Tests;

public class MatterFileRoundTripTests
{
    public static MatrixTheoryData<MatterFormat, Db> FormatsOnBoth => new([MatterFormat.Yaml, MatterFormat.Json], [Db.Sqlite, Db.Postgres]);

    [Theory]
    [MemberData(nameof(FormatsOnBoth))]
    public void The_demo_loads_exports_and_loads_back_to_the_same_data(MatterFormat format, Db kind)
    {
        using var first = new TempDatabase(kind);
        using var second = new TempDatabase(kind);
        var ids = new[] { new CaseId("rust-civil"), new CaseId("rust-criminal") };

        using var a = first.Open();
        a.Save(MatterReader.Read(Demo.FilePath));
        var exported = ids.Select(id => MatterWriter.Write(a.ReadCase(id)!, format)).ToList();

        using var b = second.Open();
        for (var i = 0; i < exported.Count; i++)
        {
            var file = Path.Combine(second.Dir, $"case{i}.{format}");
            File.WriteAllText(file, exported[i]);
            b.Save(MatterReader.Read(file, b.IsStored));
        }

        var again = ids.Select(id => MatterWriter.Write(b.ReadCase(id)!, format)).ToList();
        Assert.Equal(exported, again);
        Assert.Equal(
            MatterWriter.Write(a.ReadCases(ids), MatterFormat.Yaml),
            MatterWriter.Write(b.ReadCases(ids), MatterFormat.Yaml));
    }

    [Fact]
    public void The_demo_holds_the_facts_of_the_seed_case()
    {
        var m = MatterReader.Read(Demo.FilePath);
        var civil = m.Cases.Single(c => c.Id == new CaseId("rust-civil"));
        Assert.Equal(CaseKind.Civil, civil.Kind);
        Assert.Equal("Bryan Biedscheid", m.Judges.Single(j => j.Id == civil.Judge).Name);
        Assert.Equal(PartialDate.Parse("about 2023-02"), civil.Filed);

        var dismiss = m.Motions.Single(x => x.Type == MotionType.Dismiss);
        Assert.Equal(MotionStatus.Denied, dismiss.Status);
        Assert.Equal(PartialDate.Parse("2023-08-23"), dismiss.Ruling!.Date);
        var stay = m.Motions.Single(x => x.Type == MotionType.Stay);
        Assert.Equal(MotionStatus.Denied, stay.Status);
        Assert.Equal(new CaseId("rust-criminal"), stay.AwaitedCase);
        Assert.Contains(m.CaseLinks, l => l.From == civil.Id && l.Kind == CaseLinkKind.ParallelCriminal && l.To == new CaseId("rust-criminal"));

        var charge = Assert.Single(m.Charges);
        Assert.Contains("Involuntary manslaughter", charge.Description, StringComparison.Ordinal);
        Assert.Equal(ChargeStatus.DismissedWithoutPrejudice, charge.Status);

        var claim = Assert.Single(m.Claims);
        Assert.Equal("personal-injury", claim.LimitationKind);
        Assert.Contains("Hearing loss", claim.Damages);
        Assert.Contains(m.Statements, s => s.Topic == "timeliness" && s.Speaker == "Robert Schwartz" && s.Text.Contains("untimely", StringComparison.Ordinal));
        Assert.Empty(m.Violations());
    }
}
