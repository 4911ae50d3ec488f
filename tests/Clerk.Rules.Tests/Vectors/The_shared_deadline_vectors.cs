using NodaTime;

namespace Clerk.Rules.Tests.Vectors;

public sealed class The_shared_deadline_vectors
{
    /// <summary>
    /// Examples written to illustrate a rule with dates from before it took effect. The 2009 committee note to
    /// FRAP 26 (the same text as FRCP 6(a)(1)(C)) illustrates the 2009 count-every-day rule with a 2007 date; under
    /// the rule in force in 2007 the answer differs (see <see cref="The_2007_example_under_the_rule_then_in_force_counts_court_days_only"/>).
    /// The same holds for the electronic-service example: served 2016-11-18, before the 2016-12-01 amendment of
    /// FRCP 6(d), it still earned 3 days (see <see cref="The_2016_electronic_service_example_under_the_rule_then_in_force_adds_three_days"/>);
    /// the vector shows the amended rule. A vector may also say this itself with <c>rules_as_of</c>.
    /// </summary>
    private static readonly Dictionary<string, LocalDate> IllustratesLaterRule = new(StringComparer.Ordinal)
    {
        ["fed-10-days-labor-day"] = new LocalDate(2009, 12, 1),
        ["fed-7-days-electronic-no-three-days"] = new LocalDate(2016, 12, 1),
    };

    public static TheoryData<DeadlineVector> Deadlines() => [.. VectorFile.Shared.Deadlines];

    public static TheoryData<LimitationVector> Limitations() => [.. VectorFile.Shared.Limitations];

    public static TheoryData<HolidayVector> Holidays() => [.. VectorFile.Shared.Holidays];

    [Fact]
    public void The_file_has_the_sections_this_suite_covers_and_no_others()
    {
        Assert.Equal(["deadlines", "limitations", "holidays"], VectorFile.Shared.Sections);
        Assert.NotEmpty(VectorFile.Shared.Deadlines);
        Assert.NotEmpty(VectorFile.Shared.Limitations);
        Assert.NotEmpty(VectorFile.Shared.Holidays);
    }

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Each_deadline_vector_gives_its_expected_date_on_both_paths(DeadlineVector v)
    {
        var request = new DeadlineRequest(v.Rules, v.Trigger, v.Count, v.Unit, v.Direction, v.Service)
        {
            RulesAsOf = v.RulesAsOf ?? (IllustratesLaterRule.TryGetValue(v.Id, out var asOf) ? asOf : null),
        };

        Assert.Equal(v.Expected, RuleBook.Default.ComputeDeadline(request).Due);
        Assert.Equal(v.Expected, RuleBook.Default.ComputeDue(request));
    }

    [Theory]
    [MemberData(nameof(Limitations))]
    public void Each_limitation_vector_gives_its_expected_last_day(LimitationVector v)
    {
        var check = RuleBook.Default.CheckLimitation(v.Rules, v.Claim, v.Injury, filedWithin: null);

        Assert.Equal(v.Expected, check.LastDay);
        Assert.Null(check.Timely);
    }

    [Theory]
    [MemberData(nameof(Holidays))]
    public void Each_holiday_vector_is_or_is_not_a_holiday_of_its_calendar(HolidayVector v)
    {
        var holidays = RuleBook.Default.Holidays(v.Calendar, v.Date.Year);

        Assert.Equal(v.IsHoliday, holidays.Any(h => h.Date == v.Date));
    }

    [Fact]
    public void The_2007_example_under_the_rule_then_in_force_counts_court_days_only()
    {
        // Fed. R. Civ. P. 6(a) before 2009-12-01: periods under 11 days exclude weekends and holidays. Ten court days
        // after Wednesday 2007-08-22, skipping two weekends and Labor Day (2007-09-03), end Thursday 2007-09-06.
        var due = RuleBook.Default.ComputeDue(new DeadlineRequest("us-fed", new LocalDate(2007, 8, 22), 10, PeriodUnit.Days, Direction.After));

        Assert.Equal(new LocalDate(2007, 9, 6), due);
    }

    [Fact]
    public void The_2016_electronic_service_example_under_the_rule_then_in_force_adds_three_days()
    {
        // Served electronically Friday 2016-11-18, when FRCP 6(d) (2001 text) still added 3 days for electronic
        // service: 7 days end Friday 2016-11-25 (no federal holiday); 3 more end Monday 2016-11-28.
        var due = RuleBook.Default.ComputeDue(new DeadlineRequest("us-fed", new LocalDate(2016, 11, 18), 7, PeriodUnit.Days, Direction.After, ServiceMethod.Electronic));

        Assert.Equal(new LocalDate(2016, 11, 28), due);
    }
}
