namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// A report of thousands of parties (a class action's plaintiffs, a bankruptcy's creditors) keeps
/// each party once, however many there are: a party listed twice, the same in every field, is one.
/// </summary>
public sealed class ManyPartiesTests
{
    // The Alaska report with its plaintiff's block repeated for each name given.
    private static string WithPlaintiffs(IEnumerable<string> names)
    {
        var akd = ReportSamples.Akd;
        int start = akd.LastIndexOf("<tr>", akd.IndexOf("<B>West American Insurance Company</B>", StringComparison.Ordinal), StringComparison.Ordinal);
        int end = akd.IndexOf("<tr><td valign=top><br>V.<br></td></tr>", StringComparison.Ordinal);
        var block = akd[start..end];
        return string.Concat(akd.AsSpan(0, start), string.Concat(names.Select(n => block.Replace("West American Insurance Company", n, StringComparison.Ordinal))), akd.AsSpan(end));
    }

    [Fact]
    public void Twenty_thousand_plaintiffs_one_of_them_listed_twice_are_twenty_thousand_parties()
    {
        var names = Enumerable.Range(0, 20_000).Select(i => $"Plaintiff Company {i}").ToList();
        names.Insert(12_345, "Plaintiff Company 77");

        var docket = ReportSamples.Docket(ReportSamples.Parse(WithPlaintiffs(names)));

        // The role heading is not repeated, so only the first is read as a plaintiff; that is the layout's doing.
        var plaintiffs = docket.Parties.Where(p => p.Name?.StartsWith("Plaintiff Company ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(20_000, plaintiffs.Count);
        Assert.Single(plaintiffs, p => p.Name == "Plaintiff Company 77");
        Assert.Equal(3, docket.Parties.Count(p => p.Type == "Defendant"));
    }
}
