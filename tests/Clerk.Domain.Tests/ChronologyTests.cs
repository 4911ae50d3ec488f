namespace Clerk.Domain.Tests;

public class ChronologyTests
{
    [Fact]
    public void Lines_are_in_date_order_with_undated_lines_last()
    {
        var m = Build.Matter();
        m = Build.CiteAll(m with
        {
            Entries = [new DocketEntry(Build.Civil, 1, "1", new NodaTime.LocalDate(2023, 3, 1), null, "ANSWER")],
            Motions = [Build.Motion(PartialDate.Parse("2023-04-02"), PartialDate.Parse("2023-08-23"))],
            Charges = [new Charge(new ChargeId("c"), Build.Criminal, 1, null, "manslaughter", [new(ChargeStatus.Filed, null, null)])],
            Statements = [new Statement(new StatementId("s"), Build.Civil, "Counsel", SpeakerRole.Counsel, Build.Defendant, PartialDate.Parse("2023-08"), "untimely", "timeliness")],
        });
        var lines = Chronology.Of(m);
        Assert.Equal(["filed", "entry", "motion", "statement", "ruling", "charge"], lines.Select(l => l.Kind));
        Assert.Null(lines[^1].Date);
        Assert.Equal("Motion to dismiss denied", lines.Single(l => l.Kind == "ruling").Text);
    }

    [Fact]
    public void Each_line_names_the_fact_it_comes_from()
    {
        var m = Build.CiteAll(Build.Matter() with { Motions = [Build.Motion(null, PartialDate.Parse("2023-08-23"))] });
        var ruling = Chronology.Of(m).Single(l => l.Kind == "ruling");
        Assert.Equal(new FactRef(FactKind.Motion, "m"), ruling.Fact);
    }
}
