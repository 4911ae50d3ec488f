using NodaTime;

namespace Clerk.Rules.Tests.Computation;

public sealed class Rule_versions_by_date
{
    [Theory]
    [InlineData("us-fed", "2009-11-30", "frcp-6a-1985")]
    [InlineData("us-fed", "2009-12-01", "frcp-6a-2009")]
    [InlineData("us-nm", "2014-12-30", "nmra-1-006-before-2014")]
    [InlineData("us-nm", "2014-12-31", "nmra-1-006-2014")]
    [InlineData("us-nm", "2024-12-30", "nmra-1-006-2014")]
    [InlineData("us-nm", "2024-12-31", "nmra-1-006-2024")]
    public void The_row_in_force_on_the_trigger_date_is_used(string rules, string trigger, string row)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(trigger).Value;

        Assert.Equal(row, RuleBook.Default.ComputeDeadline(new DeadlineRequest(rules, date, 30, PeriodUnit.Days, Direction.After)).RuleRowId);
    }

    [Fact]
    public void Rules_as_of_a_later_date_replace_the_trigger_dates_rules()
    {
        var request = new DeadlineRequest("us-fed", new LocalDate(2007, 8, 22), 10, PeriodUnit.Days, Direction.After);

        Assert.Equal(new LocalDate(2007, 9, 6), RuleBook.Default.ComputeDue(request));
        Assert.Equal(new LocalDate(2007, 9, 4), RuleBook.Default.ComputeDue(request with { RulesAsOf = new LocalDate(2009, 12, 1) }));
    }
}
