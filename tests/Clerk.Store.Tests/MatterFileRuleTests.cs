using Clerk.Store.MatterFiles;

namespace Clerk.Store.Tests;

/// <summary>A matter file that names what the rules engine cannot compute with is refused at load, at its line.</summary>
public class MatterFileRuleTests
{
    // The rules engine's answers as plain data: one rule set that measures personal-injury claims accrued since 1990.
    private static readonly RuleVocabulary Rules = new(["us-nm"], 1990, 2100,
        (ruleSet, kind, accrued) => kind == "personal-injury" ? null : $"unknown claim kind \"{kind}\" in {ruleSet}; accepted: personal-injury");

    private static readonly string WithClaim = MatterFileErrorTests.Valid
        .Replace("    time_zone: America/Denver", "    time_zone: America/Denver\n    rules: us-nm", StringComparison.Ordinal)
        + "\n    claims:\n      - id: cl\n        cause: Negligence\n        limitation: personal-injury\n        accrued: 2021-10-21\n        sources: [s1]\n";

    [Fact]
    public void A_file_the_rules_can_compute_with_reads()
    {
        Assert.Single(MatterReader.Parse(WithClaim, "ok.yaml", rules: Rules).Claims);
    }

    [Fact]
    public void An_unknown_rule_set_is_refused_with_the_ones_known()
    {
        var error = Assert.Single(Errors(WithClaim.Replace("rules: us-nm", "rules: us-xx", StringComparison.Ordinal)));
        Assert.Equal(12, error.Line);
        Assert.Equal("\"rules\": unknown rule set \"us-xx\"; expected one of: us-nm", error.Message);
    }

    [Theory]
    [InlineData("1850-01-01")]
    [InlineData("2101")]
    [InlineData("about 1989")]
    public void An_accrual_date_outside_the_years_computed_is_refused(string date)
    {
        var error = Assert.Single(Errors(WithClaim.Replace("accrued: 2021-10-21", $"accrued: {date}", StringComparison.Ordinal)));
        Assert.Equal(34, error.Line);
        Assert.Contains("is outside the years Clerk computes limitations for; expected 1990 to 2100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_accrual_date_of_a_claim_without_a_limitation_kind_is_just_a_date()
    {
        var text = WithClaim.Replace("        limitation: personal-injury\n", "", StringComparison.Ordinal).Replace("accrued: 2021-10-21", "accrued: 1850", StringComparison.Ordinal);
        Assert.Single(MatterReader.Parse(text, "ok.yaml", rules: Rules).Claims);
    }

    [Fact]
    public void A_limitation_kind_the_court_s_rule_set_lacks_is_refused_with_the_rules_reason()
    {
        var error = Assert.Single(Errors(WithClaim.Replace("limitation: personal-injury", "limitation: libel", StringComparison.Ordinal)));
        Assert.Equal(33, error.Line);
        Assert.Equal("\"limitation\": unknown claim kind \"libel\" in us-nm; accepted: personal-injury", error.Message);
    }

    private static IReadOnlyList<MatterFileError> Errors(string text) =>
        Assert.Throws<MatterFileException>(() => MatterReader.Parse(text, "bad.yaml", rules: Rules)).Errors;
}
