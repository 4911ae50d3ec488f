using NodaTime;

namespace Clerk.Rules.Tests.Data;

public sealed class Bad_requests
{
    [Fact]
    public void An_unknown_rule_set_names_the_value_and_lists_the_accepted_ones()
    {
        var e = Assert.Throws<RulesException>(() => RuleBook.Default.ComputeDue(new DeadlineRequest("xx", new LocalDate(2025, 1, 6), 1, PeriodUnit.Days, Direction.After)));

        Assert.Equal(("ruleSetId", "xx"), (e.Argument, e.Value));
        Assert.Equal(["us-fed", "us-fed-nm", "us-nm"], e.Accepted);
        Assert.Equal("Unknown rule set 'xx' (ruleSetId); accepted: us-fed, us-fed-nm, us-nm.", e.Message);
    }

    [Fact]
    public void An_unknown_calendar_names_the_value_and_lists_the_accepted_ones()
    {
        var e = Assert.Throws<RulesException>(() => RuleBook.Default.Holidays("mars", 2025));

        Assert.Equal(("calendarId", "mars"), (e.Argument, e.Value));
        Assert.Equal(["us-federal", "us-nm-courts"], e.Accepted);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void An_unknown_claim_kind_lists_the_claim_kinds_of_the_rule_set()
    {
        var e = Assert.Throws<RulesException>(() => RuleBook.Default.CheckLimitation("us-nm", "piracy", new LocalDate(2025, 1, 6), null));

        Assert.Equal(("claimKind", "piracy"), (e.Argument, e.Value));
        Assert.Contains("personal-injury", e.Accepted);
        Assert.Contains("personal-injury", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void A_year_outside_1990_to_2100_is_refused_everywhere(int year)
    {
        var holidays = Assert.Throws<RulesException>(() => RuleBook.Default.Holidays("us-federal", year));
        var deadline = Assert.Throws<RulesException>(() => RuleBook.Default.ComputeDeadline(new DeadlineRequest("us-fed", new LocalDate(year, 6, 1), 1, PeriodUnit.Days, Direction.After)));
        var limitation = Assert.Throws<RulesException>(() => RuleBook.Default.CheckLimitation("us-nm", "personal-injury", new LocalDate(year, 6, 1), null));

        Assert.All([holidays, deadline, limitation], e => Assert.Equal(["1990..2100"], e.Accepted));
        Assert.Equal("year", holidays.Argument);
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        var e = Assert.Throws<RulesException>(() => RuleBook.Default.ComputeDue(new DeadlineRequest("us-fed", new LocalDate(2025, 1, 6), -1, PeriodUnit.Days, Direction.After)));

        Assert.Equal(("Count", "-1"), (e.Argument, e.Value));
    }

    [Fact]
    public void The_rule_book_lists_its_rule_sets_and_calendars()
    {
        Assert.Equal(["us-fed", "us-fed-nm", "us-nm"], RuleBook.Default.RuleSetIds);
        Assert.Equal(["us-federal", "us-nm-courts"], RuleBook.Default.CalendarIds);
    }
}
