using System.Reflection;

namespace Clerk.Rules.Tests.Data;

public sealed class Bad_data_files
{
    private static string Embedded(string file) => EmbeddedData.Text(file);

    private static Exception Load(string file, Func<string, string> edit) =>
        Assert.ThrowsAny<Exception>(() => EmbeddedData.Load(file, edit));

    [Fact]
    public void The_embedded_data_loads()
    {
        var book = RuleBook.Load(name => new StringReader(Embedded(name)));

        Assert.Equal(RuleBook.Default.RuleSetIds, book.RuleSetIds);
    }

    [Fact]
    public void A_malformed_date_names_the_file_line_and_key()
    {
        var e = Load("closures.yaml", text => text.Replace("date: 2018-12-05", "date: 2018-13-05", StringComparison.Ordinal));

        Assert.Matches(@"^closures\.yaml:\d+:\d+: 'date' must be a date \(yyyy-MM-dd\), not '2018-13-05'\.$", e.Message);
    }

    [Fact]
    public void An_unknown_method_lists_the_accepted_ones()
    {
        var e = Load("rulesets.yaml", text => text.Replace("method: count-every-day", "method: count-some-days", StringComparison.Ordinal));

        Assert.Contains("rulesets.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Contains("count-every-day, short-period-exclusion", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_rows_are_refused()
    {
        var e = Load("rulesets.yaml", text => text.Replace("in_force_to: 2009-11-30\n        notes: >\n          \"When", "in_force_to: 2009-12-01\n        notes: >\n          \"When", StringComparison.Ordinal));

        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_court_whose_appellate_flag_contradicts_its_kind_is_refused()
    {
        var book = EmbeddedData.Load("courts.yaml",
            text => text.Replace("kind: bap\n    time_zone: America/New_York\n    appellate: true", "kind: bap\n    time_zone: America/New_York\n    appellate: false", StringComparison.Ordinal));

        var e = Assert.Throws<InvalidDataException>(() => book.Courts);
        Assert.Matches(@"^courts\.yaml:\d+:\d+: 'appellate' must be true for a court of kind bap\.$", e.Message);
    }

    [Fact]
    public void Every_data_file_is_embedded()
    {
        var names = typeof(RuleBook).Assembly.GetManifestResourceNames();

        Assert.Equal(
            ["Clerk.Rules.Data.calendars.yaml", "Clerk.Rules.Data.closures.yaml", "Clerk.Rules.Data.courts.yaml", "Clerk.Rules.Data.limitations.yaml", "Clerk.Rules.Data.rulesets.yaml"],
            names.Order(StringComparer.Ordinal));
        _ = Assembly.GetExecutingAssembly();
    }
}
