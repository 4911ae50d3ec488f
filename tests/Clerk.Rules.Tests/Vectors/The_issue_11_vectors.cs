namespace Clerk.Rules.Tests.Vectors;

/// <summary>
/// The worked examples for every row issue 11 changed or added (<c>issue-11-vectors.yaml</c>, in the shared format),
/// each with the source its expected date comes from.
/// </summary>
public sealed class The_issue_11_vectors
{
    public static TheoryData<DeadlineVector> Deadlines() => [.. VectorFile.Own.Deadlines];

    public static TheoryData<LimitationVector> Limitations() => [.. VectorFile.Own.Limitations];

    public static TheoryData<HolidayVector> Holidays() => [.. VectorFile.Own.Holidays];

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Each_deadline_example_gives_its_expected_date_on_both_paths(DeadlineVector v)
    {
        var request = new DeadlineRequest(v.Rules, v.Trigger, v.Count, v.Unit, v.Direction, v.Service) { RulesAsOf = v.RulesAsOf };

        Assert.Equal(v.Expected, RuleBook.Default.ComputeDeadline(request).Due);
        Assert.Equal(v.Expected, RuleBook.Default.ComputeDue(request));
    }

    [Theory]
    [MemberData(nameof(Limitations))]
    public void Each_limitation_example_gives_its_expected_last_day(LimitationVector v)
    {
        Assert.Equal(v.Expected, RuleBook.Default.CheckLimitation(v.Rules, v.Claim, v.Injury, filedWithin: null, v.Born).LastDay);
    }

    [Theory]
    [MemberData(nameof(Holidays))]
    public void Each_holiday_example_is_or_is_not_a_holiday_of_its_calendar(HolidayVector v)
    {
        Assert.Equal(v.IsHoliday, RuleBook.Default.Holidays(v.Calendar, v.Date.Year).Any(h => h.Date == v.Date));
    }
}
