using Clerk.Store.MatterFiles;

namespace Clerk.Store.Tests;

/// <summary>Broken matter files: every problem is reported with its line, and nothing is read.</summary>
public class MatterFileErrorTests
{
    internal const string Valid = """
        clerk: matter/1
        sources:
          - id: s1
            kind: news-report
            publisher: Paper
            date: 2023-08-23
        courts:
          - id: c1
            name: Court
            jurisdiction: NM
            time_zone: America/Denver
            sources: [s1]
        parties:
          - id: p1
            name: P
            kind: person
            sources: [s1]
        cases:
          - id: k1
            court: c1
            caption: P v. Q
            kind: civil
            filed: 2023-02
            sources: [s1]
            parties:
              - party: p1
                role: plaintiff
                sources: [s1]
        """;

    [Fact]
    public void The_valid_sample_reads()
    {
        var m = MatterReader.Parse(Valid, "ok.yaml");
        Assert.Single(m.Cases);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_its_line()
    {
        var text = Valid.Replace("    kind: civil", "    kind: [civil]", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(22, error.Line);
        Assert.Equal("expected \"kind\" to be text", error.Message);
        Assert.Equal("bad.yaml:22: expected \"kind\" to be text", error.ToString());
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_accepted_values()
    {
        var text = Valid.Replace("    kind: civil", "    kind: civl", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(22, error.Line);
        Assert.Contains("one of civil, criminal, appeal, bankruptcy; got \"civl\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_reference_is_reported_at_the_line_of_the_reference()
    {
        var text = Valid.Replace("      - party: p1", "      - party: p9", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(26, error.Line);
        Assert.Contains("\"party\" names unknown party \"p9\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_reported_with_the_line_of_the_first()
    {
        var text = Valid.Replace("cases:", "  - id: p1\n    name: P again\n    kind: person\n    sources: [s1]\ncases:", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(18, error.Line);
        Assert.Equal("duplicate party id \"p1\": already defined at line 14", error.Message);
    }

    [Fact]
    public void An_impossible_date_is_reported_at_its_line()
    {
        var text = Valid.Replace("date: 2023-08-23", "date: 2023-02-30", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(6, error.Line);
        Assert.Contains("a date that exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_partial_date_is_reported_at_its_line()
    {
        var text = Valid.Replace("filed: 2023-02", "filed: 2023-14", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(23, error.Line);
        Assert.Contains("\"2023-14\" is not a date that exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_without_a_source_is_reported_at_the_fact()
    {
        var text = Valid.Replace("    caption: P v. Q\n", "    caption: P v. Q\n", StringComparison.Ordinal)
            .Replace("    filed: 2023-02\n    sources: [s1]\n", "    filed: 2023-02\n", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(19, error.Line);
        Assert.Equal("case id \"k1\" cites no source: add \"sources: [SOURCE-ID]\"", error.Message);
    }

    [Fact]
    public void A_citation_of_an_unknown_source_is_reported()
    {
        var text = Valid.Replace("    sources: [s1]\n    parties:", "    sources: [s2]\n    parties:", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(24, error.Line);
        Assert.Contains("unknown source \"s2\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_in_line_order()
    {
        var text = Valid
            .Replace("date: 2023-08-23", "date: 2023-02-30", StringComparison.Ordinal)
            .Replace("    kind: civil", "    kind: civl", StringComparison.Ordinal)
            .Replace("      - party: p1", "      - party: p9", StringComparison.Ordinal);
        var errors = Errors(text);
        Assert.Equal([6, 22, 26], errors.Select(e => e.Line));
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_keys_allowed()
    {
        var text = Valid.Replace("    caption: P v. Q", "    caption: P v. Q\n    captoin: typo", StringComparison.Ordinal);
        var error = Assert.Single(Errors(text));
        Assert.Equal(22, error.Line);
        Assert.StartsWith("unknown key \"captoin\" in a case; expected one of: id, court,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_of_the_model_is_reported_at_the_fact_that_breaks_it()
    {
        var text = Valid + "\n    motions:\n      - id: m1\n        type: dismiss\n        movant: p1\n        relief: out\n        status: denied\n        filed: 2023-08-10\n        ruling: {date: 2023-08-01}\n        sources: [s1]\n";
        var error = Assert.Single(Errors(text));
        Assert.Equal(30, error.Line);
        Assert.StartsWith("a ruling is not dated before its motion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_that_does_not_parse_is_reported_with_its_line()
    {
        var error = Assert.Single(Errors("clerk: matter/1\ncases:\n  - id: [unclosed\n"));
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_format_is_refused()
    {
        var error = Assert.Single(Errors(Valid.Replace("clerk: matter/1", "clerk: matter/9", StringComparison.Ordinal)));
        Assert.Equal(1, error.Line);
        Assert.Equal("expected \"clerk: matter/1\", got \"matter/9\"", error.Message);
    }

    private static IReadOnlyList<MatterFileError> Errors(string text)
    {
        var e = Assert.Throws<MatterFileException>(() => MatterReader.Parse(text, "bad.yaml"));
        Assert.All(e.Errors, x => Assert.Equal("bad.yaml", x.File));
        return e.Errors;
    }
}
